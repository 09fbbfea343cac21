namespace CrampBot.Understanding;

/// <summary>One analysed message: its tokens as typed, as corrected, and as canonical stems.</summary>
internal sealed class Utterance
{
    public Utterance(IReadOnlyList<string> typed, IReadOnlyList<string> words, IReadOnlyList<string> canon,
        IReadOnlyList<bool> corrected, bool endsWithQuestionMark)
    {
        Typed = typed;
        Words = words;
        Canon = canon;
        Corrected = corrected;
        EndsWithQuestionMark = endsWithQuestionMark;
    }

    /// <summary>Tokens as typed (lower-cased, apostrophes dropped); boundaries are "|".</summary>
    public IReadOnlyList<string> Typed { get; }

    /// <summary>Tokens after typo correction.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Tokens after synonyms and stemming: what every matcher compares.</summary>
    public IReadOnlyList<string> Canon { get; }

    /// <summary>True where typo correction changed the token.</summary>
    public IReadOnlyList<bool> Corrected { get; }
    public bool EndsWithQuestionMark { get; }
    public int Count => Canon.Count;
    public bool IsEmpty => Canon.All(TextNormalizer.IsBoundary);
    public bool IsBoundary(int i) => TextNormalizer.IsBoundary(Canon[i]);

    /// <summary>True at the end of a sentence (not at a comma).</summary>
    public bool IsSentenceEnd(int i) => Canon[i] == TextNormalizer.Boundary;

    /// <summary>Word (non-boundary) token indexes.</summary>
    public IEnumerable<int> WordIndexes() => Enumerable.Range(0, Count).Where(i => !IsBoundary(i));

    public int WordCount => WordIndexes().Count();

    /// <summary>The tokens from <paramref name="start"/>, <paramref name="length"/> of them, as an utterance of their own.</summary>
    public Utterance Slice(int start, int length) => new(
        [.. Typed.Skip(start).Take(length)], [.. Words.Skip(start).Take(length)], [.. Canon.Skip(start).Take(length)],
        [.. Corrected.Skip(start).Take(length)], EndsWithQuestionMark && start + length == Count);

    // The same word lists are searched many times per message (negation looks back from every mention).
    private readonly Dictionary<PhraseSet, List<(int Start, int Length)>> _matches = [];

    /// <summary>(start, length) of every occurrence of the set's phrases, computed once per set.</summary>
    public List<(int Start, int Length)> Matches(PhraseSet set)
    {
        if (!_matches.TryGetValue(set, out var found))
        {
            found = [.. set.FindIn(this)];
            _matches[set] = found;
        }

        return found;
    }
}
