using System.IO.Compression;

namespace CrampBot.Deployment.Tests;

/// <summary>make-package.sh writes a valid Teams app package and refuses malformed app ids and domains.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crampbot-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PackagePath(string name = "crampbot.zip") => Path.Combine(_folder, name);

    private async Task<string> BuildSamplePackageAsync(string name = "crampbot.zip", IReadOnlyDictionary<string, string?>? environment = null)
    {
        var path = PackagePath(name);
        var result = await TeamsPackageBuilder.RunAsync([TeamsPackageBuilder.SampleAppId, TeamsPackageBuilder.SampleDomain, path], environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return path;
    }

    private static byte[] Entry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task Package_holds_exactly_the_manifest_and_icons_at_its_root()
    {
        using var archive = ZipFile.OpenRead(await BuildSamplePackageAsync());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(entry => entry.FullName).Order());
        Assert.Empty(TeamsIconRules.ColorProblems(PngImage.Read(Entry(archive, "color.png"))));
        Assert.Empty(TeamsIconRules.OutlineProblems(PngImage.Read(Entry(archive, "outline.png"))));
    }

    [Fact]
    public async Task Packaged_manifest_has_the_real_ids_and_domain_and_passes_the_schema()
    {
        using var archive = ZipFile.OpenRead(await BuildSamplePackageAsync());
        var manifestBytes = Entry(archive, "manifest.json");
        var manifest = JsonNode.Parse(manifestBytes)!;

        Assert.Equal(TeamsPackageBuilder.SampleAppId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackageBuilder.SampleAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([TeamsPackageBuilder.SampleDomain], manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Equal($"https://{TeamsPackageBuilder.SampleDomain}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.DoesNotContain("{{", System.Text.Encoding.UTF8.GetString(manifestBytes));

        var extracted = Path.Combine(_folder, "manifest.json");
        await File.WriteAllBytesAsync(extracted, manifestBytes);
        var validation = await ManifestValidator.ValidateAsync(extracted);
        Assert.True(validation.ExitCode == 0, validation.ToString());
    }

    [Fact]
    public async Task Clinic_settings_from_the_environment_are_used()
    {
        const string teamsAppId = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
        var path = await BuildSamplePackageAsync(environment: new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = teamsAppId,
            ["CLINIC_NAME"] = "Leg \"Clinic\" Nord",
            ["CLINIC_PRIVACY_URL"] = "https://clinic.example.org/privacy",
        });

        using var archive = ZipFile.OpenRead(path);
        var manifest = JsonNode.Parse(Entry(archive, "manifest.json"))!;
        Assert.Equal(teamsAppId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackageBuilder.SampleAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Leg \"Clinic\" Nord", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://clinic.example.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
    }

    [Fact]
    public async Task Same_inputs_give_byte_identical_packages()
    {
        var first = await File.ReadAllBytesAsync(await BuildSamplePackageAsync("first.zip"));
        var second = await File.ReadAllBytesAsync(await BuildSamplePackageAsync("second.zip"));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("not-a-guid", TeamsPackageBuilder.SampleDomain, "APP_ID must be a GUID")]
    [InlineData("3f2b8c4e-9a71-4d2e-b6c5-0e8d1f7a9b2", TeamsPackageBuilder.SampleDomain, "APP_ID must be a GUID")]
    [InlineData("{3f2b8c4e-9a71-4d2e-b6c5-0e8d1f7a9b23}", TeamsPackageBuilder.SampleDomain, "APP_ID must be a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", TeamsPackageBuilder.SampleDomain, "all-zero GUID")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "https://crampbot.azurewebsites.net", "bare host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "crampbot.azurewebsites.net/api/messages", "bare host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "crampbot.azurewebsites.net:443", "bare host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "localhost", "not a valid host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "crampbot_app.example.org", "not a valid host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "-crampbot.example.org", "not a valid host name")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "10.0.0.1", "not an IP address")]
    [InlineData(TeamsPackageBuilder.SampleAppId, "", "not a valid host name")]
    public async Task Malformed_app_id_or_domain_is_refused_and_nothing_written(string appId, string domain, string message)
    {
        var path = PackagePath();

        var result = await TeamsPackageBuilder.RunAsync([appId, domain, path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Missing_arguments_print_usage()
    {
        var result = await TeamsPackageBuilder.RunAsync([TeamsPackageBuilder.SampleAppId]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: make-package.sh APP_ID DOMAIN [OUT.zip]", result.StandardError);
    }

    [Fact]
    public async Task A_non_https_clinic_url_is_refused()
    {
        var result = await TeamsPackageBuilder.RunAsync(
            [TeamsPackageBuilder.SampleAppId, TeamsPackageBuilder.SampleDomain, PackagePath()],
            new Dictionary<string, string?> { ["CLINIC_TERMS_URL"] = "http://clinic.example.org/terms" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CLINIC_TERMS_URL must be an https:// URL", result.StandardError);
    }
}
