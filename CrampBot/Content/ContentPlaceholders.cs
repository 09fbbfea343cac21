using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrampBot.Content;

/// <summary>
/// The {name} placeholders the content may use. Deployment values (emergency number, out-of-hours route…) are filled once at
/// load; {medicine} and {group} are filled per reply, and only in the messages that expect them.
/// </summary>
internal static partial class ContentPlaceholders
{
    public const string EmergencyNumber = "emergencyNumber";
    public const string OutOfHoursRoute = "outOfHoursRoute";
    public const string SourceTitle = "sourceTitle";
    public const string LastUpdated = "lastUpdated";
    public const string Reviewer = "reviewer";
    public const string NextReviewDate = "nextReviewDate";
    public const string MedicineName = "medicine";
    public const string Group = "group";

    private static readonly HashSet<string> LoadTime = [EmergencyNumber, OutOfHoursRoute, SourceTitle, LastUpdated, Reviewer, NextReviewDate];

    // JSON paths of the texts allowed to carry per-reply placeholders.
    private static readonly HashSet<string> PerReplyPaths = ["$.messages.unknownMedicine", "$.messages.medicineSynonymNote"];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Adds a problem for every unknown, misplaced or malformed placeholder in any string of the document.</summary>
    public static void Check(JsonNode root, List<string> problems)
    {
        foreach (var value in Strings(root))
        {
            var text = value.GetValue<string>();
            var path = value.GetPath();
            foreach (Match match in Placeholder().Matches(text))
            {
                var name = match.Groups[1].Value;
                var perReply = name is MedicineName or Group;
                if (!LoadTime.Contains(name) && !perReply)
                {
                    problems.Add($"{path}: unknown placeholder {{{name}}}");
                }
                else if (perReply && !PerReplyPaths.Contains(path))
                {
                    problems.Add($"{path}: placeholder {{{name}}} is only allowed in {string.Join(", ", PerReplyPaths)}");
                }
            }

            var rest = Placeholder().Replace(text, "");
            if (rest.Contains('{') || rest.Contains('}'))
            {
                problems.Add($"{path}: unmatched brace (a placeholder is written as {{name}})");
            }
        }
    }

    /// <summary>Replaces the load-time placeholders everywhere in the document.</summary>
    public static void FillLoadTime(JsonNode root, IReadOnlyDictionary<string, string> values)
    {
        foreach (var value in Strings(root).ToList())
        {
            var filled = Fill(value.GetValue<string>(), values);
            value.ReplaceWith(JsonValue.Create(filled));
        }
    }

    /// <summary>Fills the named placeholders of one text, leaving others untouched.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private static IEnumerable<JsonValue> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    foreach (var s in Strings(child)) yield return s;
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var s in Strings(child)) yield return s;
                }
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                yield return value;
                break;
        }
    }
}
