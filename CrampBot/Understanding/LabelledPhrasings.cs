namespace CrampBot.Understanding;

/// <summary>
/// The labelled patient phrasings shipped inside the app (Understanding/Phrasings/*.tsv: the evaluation and
/// development sets, tag TAB red flag TAB utterance, # comments), which the phrasing classifier learns from.
/// The held-out batches are never among them.
/// </summary>
public static class LabelledPhrasings
{
    private const string ResourcePrefix = "CrampBot.Understanding.Phrasings.";

    /// <summary>Every labelled phrasing embedded in the app, in file and line order.</summary>
    public static IReadOnlyList<LabelledPhrasing> Embedded { get; } = Load();

    private static List<LabelledPhrasing> Load()
    {
        var assembly = typeof(LabelledPhrasings).Assembly;
        var phrasings = new List<LabelledPhrasing>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var columns = line.Split('\t');
                phrasings.Add(new LabelledPhrasing(columns[0], columns[^1]));
            }
        }

        return phrasings;
    }
}
