namespace CrampBot.Deployment.Tests;

/// <summary>Queries over a compiled ARM template, nested module deployments included.</summary>
internal sealed class ArmTemplate(JsonNode root)
{
    public JsonNode Root { get; } = root;

    /// <summary>Every resource of the given type, at any depth (modules compile to nested deployments).</summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        Objects(Root).Where(node =>
                node["apiVersion"] is not null &&
                string.Equals((string?)node["type"], type, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public JsonObject SingleResource(string type)
    {
        var resources = Resources(type);
        Assert.True(resources.Count == 1, $"expected one {type}, found {resources.Count}");
        return resources[0];
    }

    /// <summary>Every "parameters" declaration block of the template and its nested templates.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> ParameterDeclarations() =>
        Objects(Root)
            .Where(node => node["$schema"] is JsonValue && node["parameters"] is JsonObject)
            .SelectMany(template => template["parameters"]!.AsObject());

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var nested in Objects(child))
                    {
                        yield return nested;
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var nested in Objects(child))
                    {
                        yield return nested;
                    }
                }
                break;
        }
    }
}
