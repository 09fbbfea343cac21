namespace CrampBot.Tests.Safety;

/// <summary>
/// <c>red-flag-corpus.tsv</c>: phrasings of emergency and DVT signs written for issue 8 before the recognizer was tuned
/// (hedges, negation traps, colloquialisms, typos, other people, answers mid-dialog, long messages, plain denials).
/// </summary>
public static class RedFlagCorpus
{
    public static readonly string[] Expectations = ["emergency", "same-day", "no-emergency", "no-dvt"];
    public static readonly string[] Contexts = ["first", "swelling-question", "signs-question", "after-topic"];

    public static IReadOnlyList<CorpusCase> Cases { get; } = Load();

    private static List<CorpusCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "red-flag-corpus.tsv");
        var cases = new List<CorpusCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || string.IsNullOrWhiteSpace(lines[i])) continue;
            var f = lines[i].Split('\t');
            if (f.Length != 4 || !Expectations.Contains(f[0]) || !Contexts.Contains(f[1]))
                throw new InvalidDataException($"red-flag-corpus.tsv line {i + 1} is malformed: {lines[i]}");
            cases.Add(new CorpusCase(f[0], f[1], f[2], f[3], i + 1));
        }

        return cases;
    }
}
