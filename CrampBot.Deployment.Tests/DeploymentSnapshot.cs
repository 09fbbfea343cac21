namespace CrampBot.Deployment.Tests;

/// <summary>
/// What `bicep snapshot` predicts a deployment of main.bicep with one parameters file creates: every resource with its
/// properties, expressions evaluated except references to resources Azure would create (those stay "[reference(...)]").
/// </summary>
internal sealed class DeploymentSnapshot(JsonObject root)
{
    public const string WebAppType = "Microsoft.Web/sites";

    public static async Task<DeploymentSnapshot> CreateAsync(string parametersFile, IReadOnlyDictionary<string, string?> environment)
    {
        var result = await BicepCli.SnapshotAsync(parametersFile, DeploymentScope.Test, environment);
        BicepChecks.AssertClean(result);
        var path = Path.ChangeExtension(parametersFile, ".snapshot.json");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        Assert.True(root["diagnostics"] is not JsonArray { Count: > 0 }, $"bicep snapshot diagnostics: {root["diagnostics"]}");
        return new DeploymentSnapshot(root);
    }

    public IReadOnlyList<JsonObject> Resources(string type) =>
        root["predictedResources"]!.AsArray()
            .Select(resource => resource!.AsObject())
            .Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public JsonObject SingleResource(string type)
    {
        var resources = Resources(type);
        Assert.True(resources.Count == 1, $"expected one {type}, found {resources.Count}");
        return resources[0];
    }

    /// <summary>The web app's app settings by name, values as the snapshot has them (literal or an expression).</summary>
    public IReadOnlyDictionary<string, string> WebAppSettings() =>
        SingleResource(WebAppType)["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(setting => (string)setting!["name"]!, setting => (string)setting!["value"]!, StringComparer.Ordinal);
}
