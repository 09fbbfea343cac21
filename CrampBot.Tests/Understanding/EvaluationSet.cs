using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>Reads the labelled utterances and turns a recognition into the same tag vocabulary.</summary>
internal static class EvaluationSet
{
    /// <summary>The tuning set; the held-out batches (heldout-batch-N.tsv) use the same columns.</summary>
    public const string TuningFile = "evaluation-set.tsv";

    public static IReadOnlyList<EvaluationCase> Load(string fileName = TuningFile)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", fileName);
        var cases = new List<EvaluationCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"{fileName} line {i + 1}: expected 3 tab-separated columns");
            }

            cases.Add(new EvaluationCase(i + 1, parts[0], ParseRedFlag(parts[1]), parts[2]));
        }

        return cases;
    }

    public static string TagOf(Recognition r) => r.Intent switch
    {
        Intent.Topic => "topic:" + r.TopicId + (r.SecondTopicId is { } second ? "+topic:" + second : ""),
        Intent.UnknownMedicine => "unknownMedicine:" + r.UnknownMedicineName,
        Intent.StopMedicine => "stopMedicine" + (r.Medicines.Count > 0 ? ":" + r.Medicines[0].MedicineId
            : r.UnknownMedicineName is not null ? ":" + r.UnknownMedicineName : ""),
        Intent.ReportSymptoms => "symptoms",
        _ => char.ToLowerInvariant(r.Intent.ToString()[0]) + r.Intent.ToString()[1..],
    };

    /// <summary>
    /// A bare "stopMedicine" label accepts any medicine; a one-question label accepts an answer that adds a second
    /// topic after the right one (counted apart as an extra answer); otherwise tags must match exactly.
    /// </summary>
    public static bool Matches(string expected, string actual) =>
        expected == actual || (!expected.Contains(':') && actual.Split(':')[0] == expected) ||
        (!expected.Contains('+') && actual.Split('+')[0] == expected);

    /// <summary>The family a tag belongs to, for the per-family report ("topic", "navigation"…).</summary>
    public static string FamilyOf(string tag) => tag.Split(':')[0] switch
    {
        "greeting" or "help" or "cancel" or "terms" or "forgetMe" or "thanks" => "navigation",
        var head => head,
    };

    private static RedFlag ParseRedFlag(string text) => text switch
    {
        "-" => RedFlag.None,
        "legPain" => RedFlag.LegPain,
        "dvtSign" => RedFlag.DvtSign,
        "emergency" => RedFlag.Emergency,
        _ => throw new FormatException($"unknown red flag '{text}'"),
    };
}
