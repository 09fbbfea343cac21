namespace CrampBot.Understanding;

/// <summary>
/// Corrects typos towards the recognizer's own vocabulary. Careful with short words: three letters or fewer are never
/// corrected, four or five letters allow one edit, longer words two (the second only when the first letter is right,
/// as typos rarely hit it). Known words, everyday words included, are never changed, so "half" stays "half".
/// A search looks only at the targets that can be within reach (<see cref="TypoTargets"/>).
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinSplitPart = 3;
    private readonly HashSet<string> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownSpans;
    private readonly int _longestKnown;
    private readonly TypoTargets _targets;

    // The targets the red-flag check reads (their canonical form is one of its words): see CorrectForRedFlags.
    private readonly TypoTargets _redFlagTargets;
    private readonly IReadOnlySet<string> _redFlagWords;

    /// <param name="domainWords">The recognizer's vocabulary.</param>
    /// <param name="redFlagWords">The canonical words the red-flag check tells apart (<see cref="RedFlagVocabulary"/>).</param>
    public SpellingCorrector(IEnumerable<string> domainWords, IReadOnlySet<string> redFlagWords)
    {
        var domain = domainWords.Where(w => w.Length > 0 && !TextNormalizer.IsBoundary(w)).ToHashSet(StringComparer.Ordinal);
        _known = new HashSet<string>(domain.Concat(CommonWords.All), StringComparer.Ordinal);
        _knownSpans = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestKnown = _known.Max(w => w.Length);
        string[] targets = [.. domain.Where(w => w.Length >= 4 && IsLetters(w))];
        _targets = new TypoTargets(targets);
        _redFlagWords = redFlagWords;
        _redFlagTargets = new TypoTargets(targets.Where(t => redFlagWords.Contains(Stemmer.Canonical(t))));
    }

    public bool IsKnown(string word) => _known.Contains(word);

    /// <summary>Splits run-together words ("chestpain") into two known words; false when the word is not two.</summary>
    public bool TrySplit(string word, out string left, out string right)
    {
        (left, right) = (word, "");

        // Two known words together are at most this long: a longer word is never split.
        if (word.Length < 2 * MinSplitPart + 1 || word.Length > 2 * (_longestKnown + 1) || _known.Contains(word) || !IsLetters(word))
        {
            return false;
        }

        for (var cut = MinSplitPart; cut <= word.Length - MinSplitPart; cut++)
        {
            if (IsKnownOrPlural(word.AsSpan(0, cut)) && IsKnownOrPlural(word.AsSpan(cut)))
            {
                (left, right) = (word[..cut], word[cut..]);
                return true;
            }
        }

        return false;
    }

    public string Correct(string word)
    {
        if (!MayCorrect(word))
        {
            return word;
        }

        return _targets.Nearest(word, MaxEditsFor(word), Better) ?? word;
    }

    /// <summary>
    /// <see cref="Correct"/>'s answer wherever it can matter to the red-flag check, at a fraction of the cost: the word
    /// is searched only when it is one of the check's words or within reach of one. Otherwise its correction (if any)
    /// is a word the check does not read either, so the word stays as typed and the check sees the same thing.
    /// </summary>
    public string CorrectForRedFlags(string word)
    {
        if (!MayCorrect(word))
        {
            return word;
        }

        return _redFlagWords.Contains(Stemmer.Canonical(word)) || _redFlagTargets.AnyNear(word, MaxEditsFor(word))
            ? Correct(word)
            : word;
    }

    // Short, known, not letters, or longer than any target can reach: never corrected.
    private bool MayCorrect(string word) =>
        word.Length > 3 && word.Length <= _targets.LongestTarget + TypoTargets.MaxEdits && !_known.Contains(word) && IsLetters(word);

    private static int MaxEditsFor(string word) => word.Length <= 5 ? 1 : TypoTargets.MaxEdits;

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsKnownOrPlural(ReadOnlySpan<char> part) =>
        _knownSpans.Contains(part) || (part.EndsWith('s') && _knownSpans.Contains(part[..^1]));

    // Among equally distant words prefer the same first letter, then more shared letter pairs ("morfine" is nearer
    // "morphine" than "morning"), then the closer length.
    private static bool Better(string word, string candidate, string current)
    {
        var candidateFirst = candidate[0] == word[0];
        var currentFirst = current[0] == word[0];
        if (candidateFirst != currentFirst)
        {
            return candidateFirst;
        }

        var candidatePairs = SharedPairs(word, candidate);
        var currentPairs = SharedPairs(word, current);
        if (candidatePairs != currentPairs)
        {
            return candidatePairs > currentPairs;
        }

        return Math.Abs(candidate.Length - word.Length) < Math.Abs(current.Length - word.Length);
    }

    // How many of a's letter pairs (counted at each place) are also a pair somewhere in b.
    private static int SharedPairs(string a, string b)
    {
        var shared = 0;
        for (var i = 0; i + 1 < a.Length; i++)
        {
            shared += b.AsSpan().IndexOf(a.AsSpan(i, 2), StringComparison.Ordinal) >= 0 ? 1 : 0;
        }

        return shared;
    }
}
