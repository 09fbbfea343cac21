namespace CrampBot.Tests.Safety;

/// <summary>
/// The red-flag corpora: phrasings of emergency and DVT signs (hedges, negation traps, colloquialisms, typos, other
/// people, answers mid-dialog, long messages, plain denials), each written blind, without sight of the recognizer.
/// <c>red-flag-corpus.tsv</c> (384 rows) was written before the recognizer was tuned for issue 8 and then tuned on;
/// <c>red-flag-heldout.tsv</c> (150 rows) was written after that tuning and measured before any change.
/// </summary>
public static class RedFlagCorpus
{
    public static readonly string[] Expectations = ["emergency", "same-day", "no-emergency", "no-dvt"];
    public static readonly string[] Contexts = ["first", "swelling-question", "signs-question", "after-topic"];

    /// <summary>The first corpus, written before tuning.</summary>
    public static IReadOnlyList<CorpusCase> Cases { get; } = Load("red-flag-corpus.tsv");

    /// <summary>The second batch, written after the first round of tuning.</summary>
    public static IReadOnlyList<CorpusCase> HeldOut { get; } = Load("red-flag-heldout.tsv");

    private static List<CorpusCase> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", file);
        var cases = new List<CorpusCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var f = lines[i].Split('\t');
            if (f.Length != 4 || !Expectations.Contains(f[0]) || !Contexts.Contains(f[1]))
            {
                throw new InvalidDataException($"{file} line {i + 1} is malformed: {lines[i]}");
            }

            cases.Add(new CorpusCase(f[0], f[1], f[2], f[3], i + 1));
        }

        return cases;
    }
}
