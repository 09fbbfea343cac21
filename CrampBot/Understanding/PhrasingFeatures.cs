namespace CrampBot.Understanding;

/// <summary>
/// What the phrasing classifier reads in a message: its canonical words, neighbouring word pairs, the words of its
/// questions once more, and the letter groups (3 and 4 letters) of the words as typed, which a misspelling or a
/// misheard word mostly keeps. Each feature is a 64-bit hash of its kind and text, so a long message costs no string
/// per letter group.
/// </summary>
internal static class PhrasingFeatures
{
    private const int FewestLetters = 3;
    private const int MostLetters = 4;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static Dictionary<ulong, double> Of(Utterance u)
    {
        var words = new HashSet<ulong>();
        var pairs = new HashSet<ulong>();
        var questions = new HashSet<ulong>();
        var letters = new HashSet<ulong>();
        string? previous = null;
        for (var i = 0; i < u.Count; i++)
        {
            if (u.IsBoundary(i))
            {
                previous = null;
                continue;
            }

            var word = u.Canon[i];
            words.Add(Hash('w', word));
            if (previous is not null)
            {
                pairs.Add(Hash('b', previous, word));
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
                    questions.Add(Hash('q', u.Canon[i]));
                }
            }
        }

        var features = new Dictionary<ulong, double>(words.Count + pairs.Count + questions.Count + letters.Count);
        foreach (var group in new[] { words, pairs, questions, letters })
        {
            Add(features, group);
        }

        return features;
    }

    // Each group has unit length: a long message weighs no more than a short one, and no group drowns another.
    private static void Add(Dictionary<ulong, double> features, HashSet<ulong> group)
    {
        var value = 1 / Math.Sqrt(group.Count);
        foreach (var feature in group)
        {
            features[feature] = value;
        }
    }

    private static void AddLetterGroups(HashSet<ulong> letters, string word)
    {
        var padded = "<" + word + ">";
        for (var n = FewestLetters; n <= MostLetters; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                letters.Add(Hash('c', padded.AsSpan(i, n)));
            }
        }
    }

    // FNV-1a over the kind and the text (a space between two words).
    private static ulong Hash(char kind, ReadOnlySpan<char> text, ReadOnlySpan<char> second = default)
    {
        var hash = Mix(FnvOffset, kind);
        foreach (var c in text)
        {
            hash = Mix(hash, c);
        }

        if (!second.IsEmpty)
        {
            hash = Mix(hash, ' ');
            foreach (var c in second)
            {
                hash = Mix(hash, c);
            }
        }

        return hash;
    }

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * FnvPrime;
}
