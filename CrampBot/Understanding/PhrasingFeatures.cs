namespace CrampBot.Understanding;

/// <summary>
/// What the phrasing classifier reads in a message: its canonical words, neighbouring word pairs, the words of its
/// questions once more, and the letter groups (3 and 4 letters) of the words as typed, which a misspelling or a
/// misheard word mostly keeps. Each group is scaled to a fixed length, so a long message weighs no more than a short one.
/// </summary>
internal static class PhrasingFeatures
{
    internal static double WordWeight = Env("CV_W", 1);
    internal static double PairWeight = Env("CV_B", 1);
    internal static double QuestionWeight = Env("CV_Q", 1);
    internal static double LetterWeight = Env("CV_C", 1);
    internal static int MinLetters = (int)Env("CV_CMIN", 3);
    internal static int MaxLetters = (int)Env("CV_CMAX", 4);

    private static double Env(string name, double fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

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
        Add(features, words, WordWeight);
        Add(features, pairs, PairWeight);
        Add(features, questions, QuestionWeight);
        Add(features, letters, LetterWeight);
        return features;
    }

    private static void Add(Dictionary<string, double> features, HashSet<string> group, double weight)
    {
        if (weight <= 0 || group.Count == 0)
        {
            return;
        }

        var value = weight / Math.Sqrt(group.Count);
        foreach (var feature in group)
        {
            features[feature] = value;
        }
    }

    private static void AddLetterGroups(HashSet<string> letters, string word)
    {
        var padded = "<" + word + ">";
        for (var n = MinLetters; n <= MaxLetters; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                letters.Add("c " + padded.Substring(i, n));
            }
        }
    }
}
