namespace CrampBot.Deployment.Tests;

/// <summary>The manifest template, filled in, passes Microsoft's official schema; broken manifests do not.</summary>
public sealed class TeamsManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crampbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Template() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.TeamsDirectory, "manifest.json")))!.AsObject();

    /// <summary>The template with its placeholders filled the way make-package.sh fills them.</summary>
    private static JsonObject FilledTemplate()
    {
        var text = File.ReadAllText(Path.Combine(DeploymentPaths.TeamsDirectory, "manifest.json"))
            .Replace("{{TEAMS_APP_ID}}", TeamsPackageBuilder.SampleAppId, StringComparison.Ordinal)
            .Replace("{{MICROSOFT_APP_ID}}", TeamsPackageBuilder.SampleAppId, StringComparison.Ordinal)
            .Replace("{{BOT_DOMAIN}}", TeamsPackageBuilder.SampleDomain, StringComparison.Ordinal)
            .Replace("{{BOT_SHORT_NAME}}", "CrampBot", StringComparison.Ordinal)
            .Replace("{{CLINIC_NAME}}", "CrampBot clinic", StringComparison.Ordinal)
            .Replace("{{CLINIC_WEBSITE_URL}}", "https://clinic.example.org/", StringComparison.Ordinal)
            .Replace("{{CLINIC_PRIVACY_URL}}", "https://clinic.example.org/privacy", StringComparison.Ordinal)
            .Replace("{{CLINIC_TERMS_URL}}", "https://clinic.example.org/terms", StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<ProcessResult> ValidateAsync(JsonObject manifest)
    {
        var path = Path.Combine(_folder, "manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());
        return await ManifestValidator.ValidateAsync(path);
    }

    /// <summary>Validates <paramref name="manifest"/>: it must be rejected, naming each of <paramref name="errors"/>.</summary>
    private async Task AssertRejectedAsync(JsonObject manifest, params string[] errors)
    {
        var result = await ValidateAsync(manifest);

        Assert.Equal(1, result.ExitCode);
        Assert.All(errors, error => Assert.Contains(error, result.StandardOutput));
    }

    [Fact]
    public void Template_declares_a_schema_the_validator_ships()
    {
        var template = Template();
        var version = (string)template["manifestVersion"]!;

        Assert.Equal("1.22", version);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)template["$schema"]);
        Assert.True(File.Exists(ManifestValidator.SchemaPath(version)), ManifestValidator.SchemaPath(version));
    }

    [Fact]
    public void Template_keeps_ids_and_domain_as_placeholders()
    {
        var template = Template();
        var bot = template["bots"]![0]!;

        Assert.Equal("{{TEAMS_APP_ID}}", (string?)template["id"]);
        Assert.Equal("{{MICROSOFT_APP_ID}}", (string?)bot["botId"]);
        Assert.Equal(["{{BOT_DOMAIN}}"], template["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.Equal(new[] { "color.png", "outline.png" }, new[] { (string?)template["icons"]!["color"], (string?)template["icons"]!["outline"] });
    }

    [Fact]
    public async Task Filled_template_passes_the_official_schema()
    {
        var result = await ValidateAsync(FilledTemplate());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid", result.StandardOutput);
    }

    [Fact]
    public async Task Unfilled_template_fails_the_schema_on_its_ids()
    {
        await AssertRejectedAsync(Template(), "/id:", "/bots/0/botId:");
    }

    [Fact]
    public async Task Manifest_missing_a_required_field_is_rejected()
    {
        var manifest = FilledTemplate();
        manifest.Remove("developer");

        await AssertRejectedAsync(manifest, "must have required property 'developer'");
    }

    [Fact]
    public async Task Manifest_with_an_unknown_bot_scope_or_property_is_rejected()
    {
        var manifest = FilledTemplate();
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("everywhere");
        manifest["notAManifestField"] = true;

        await AssertRejectedAsync(manifest, "/bots/0/scopes/3:", "additionalProperty");
    }

    [Fact]
    public async Task Manifest_version_without_an_official_schema_is_rejected()
    {
        var manifest = FilledTemplate();
        manifest["manifestVersion"] = "9.99";

        await AssertRejectedAsync(manifest, "no official schema for version 9.99");
    }
}
