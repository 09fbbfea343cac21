using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrampBot.Content;

/// <summary>
/// The {name} placeholders the content may use. Deployment values (emergency number, out-of-hours route…) are filled
/// once at load everywhere; the others are filled later, and only in the texts that expect them: {medicine} and
/// {group} per reply, {reviewer} and {reviewedOn} when a review applies.
/// </summary>
internal static partial class ContentPlaceholders
{
    public const string EmergencyNumber = "emergencyNumber";
    public const string OutOfHoursRoute = "outOfHoursRoute";
    public const string SourceTitle = "sourceTitle";
    public const string LastUpdated = "lastUpdated";
    public const string MedicineName = "medicine";
    public const string Group = "group";
    public const string Reviewer = "reviewer";
    public const string ReviewedOn = "reviewedOn";

    private static readonly HashSet<string> LoadTime = [EmergencyNumber, OutOfHoursRoute, SourceTitle, LastUpdated];

    private static readonly string[] MedicineMessagePaths = ["$.messages.unknownMedicine", "$.messages.medicineSynonymNote"];
    private static readonly string[] ReviewedNoticePaths = ["$.metadata.reviewedNotice"];

    // Placeholders filled after load → the JSON paths of the texts allowed to carry them.
    private static readonly Dictionary<string, string[]> FilledLater = new()
    {
        [MedicineName] = MedicineMessagePaths,
        [Group] = MedicineMessagePaths,
        [Reviewer] = ReviewedNoticePaths,
        [ReviewedOn] = ReviewedNoticePaths,
    };

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
                if (FilledLater.TryGetValue(name, out var allowedPaths))
                {
                    if (!allowedPaths.Contains(path))
                    {
                        problems.Add($"{path}: placeholder {{{name}}} is only allowed in {string.Join(", ", allowedPaths)}");
                    }
                }
                else if (!LoadTime.Contains(name))
                {
                    problems.Add($"{path}: unknown placeholder {{{name}}}");
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
                    foreach (var s in Strings(child))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var s in Strings(child))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                yield return value;
                break;
        }
    }
}
