namespace CrampBot.Understanding;

/// <summary>
/// What the phrasing classifier reads in a message: its canonical words, neighbouring word pairs, the words of its
/// questions once more, and the letter groups (3 and 4 letters) of the words as typed, which a misspelling or a
/// misheard word mostly keeps.
/// </summary>
internal static class PhrasingFeatures
{
    private const int FewestLetters = 3;
    private const int MostLetters = 4;

    public static Dictionary<string, double> Of(Utterance u)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var questions = new HashSet<string>(StringComparer.Ordinal);
        var letters = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        for (var i = 0; i < u.Count; i++)
        {
            if (u.IsBoundary(i))
            {
                previous = null;
                continue;
            }

            var word = u.Canon[i];
            words.Add("w " + word);
            if (previous is not null)
            {
                pairs.Add("b " + previous + " " + word);
            }

            previous = word;
            AddLetterGroups(letters, u.Typed[i]);
        }

        foreach (var (start, length, isQuestion) in QuestionSplitter.Clauses(u))
        {
            if (isQuestion)
            {
                for (var i = start; i < start + length; i++)
                {
                    questions.Add("q " + u.Canon[i]);
                }
            }
        }

        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in new[] { words, pairs, questions, letters })
        {
            Add(features, group);
        }

        return features;
    }

    // Each group has unit length: a long message weighs no more than a short one, and no group drowns another.
    private static void Add(Dictionary<string, double> features, HashSet<string> group)
    {
        var value = 1 / Math.Sqrt(group.Count);
        foreach (var feature in group)
        {
            features[feature] = value;
        }
    }

    private static void AddLetterGroups(HashSet<string> letters, string word)
    {
        var padded = "<" + word + ">";
        for (var n = FewestLetters; n <= MostLetters; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                letters.Add("c " + padded.Substring(i, n));
            }
        }
    }
}
