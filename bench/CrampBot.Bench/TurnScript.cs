using System.Text.Json.Nodes;

namespace CrampBot.Bench;

/// <summary>One turn of a turns.json script: the text sent and the texts the replies must contain.</summary>
internal sealed record ScriptTurn(string Text, string[] Expect, int MinActivities);

/// <summary>Reads a peers' turns.json ({"turns":[{"text","expect":[...]}]}); without one, the four turns.</summary>
internal static class TurnScript
{
    public static IReadOnlyList<ScriptTurn> Load(string? path)
    {
        if (path is null)
        {
            return [.. new[] { "hi", "what causes leg cramps", "my calf hurts", "yes" }.Select(t => new ScriptTurn(t, [], 1))];
        }
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        return
        [
            .. root["turns"]!.AsArray().Select(t => new ScriptTurn(
                (string)t!["text"]!,
                [.. (t["expect"]?.AsArray() ?? []).Select(e => (string)e!)],
                (int?)t["minActivities"] ?? 1)),
        ];
    }

    /// <summary>True when the reply texts contain every expected text (case-insensitive).</summary>
    public static bool Matches(ScriptTurn turn, JsonArray activities)
    {
        if (activities.Count < turn.MinActivities)
        {
            return false;
        }
        var all = string.Join('\n', activities.Select(a => a?["text"]?.GetValue<string>() + " " + a?["speak"]?.GetValue<string>()));
        return turn.Expect.All(e => all.Contains(e, StringComparison.OrdinalIgnoreCase));
    }
}
