using System.Text.Json;

namespace CrampBot.Tests.Teams;

/// <summary>The recorded Teams-shaped traffic (see README.md beside this file), read fresh for every use.</summary>
internal static class TeamsActivities
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Teams");

    /// <summary>Names of the activity examples of the Activity schema, e.g. <c>01-message</c>.</summary>
    public static IEnumerable<string> ExampleNames =>
        Directory.GetFiles(Path.Combine(Folder, "activity-examples"), "*.json").Select(Path.GetFileNameWithoutExtension).Order().Cast<string>();

    /// <summary>A captured playground activity by its name in teams-activities.json (e.g. <c>message_personal</c>).</summary>
    public static Activity Captured(string name)
    {
        var all = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "teams-activities.json")))!.AsObject();
        var node = all[name] ?? throw new ArgumentException($"No captured activity named {name}.", nameof(name));
        return node.Deserialize<Activity>(ProtocolJson.Options)!;
    }

    /// <summary>The body the playground expects from the bot for the captured <c>adaptiveCard/action</c> invoke.</summary>
    public static JsonObject ExpectedInvokeResponse() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "teams-activities.json")))!["invokeResponseBodyExpectedFromBot"]!.AsObject();

    /// <summary>An example of the Activity schema by file name without extension.</summary>
    public static Activity Example(string name) =>
        JsonSerializer.Deserialize<Activity>(File.ReadAllText(Path.Combine(Folder, "activity-examples", name + ".json")), ProtocolJson.Options)!;
}
