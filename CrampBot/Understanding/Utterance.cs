namespace CrampBot.Understanding;

/// <summary>One analysed message: its tokens as typed, as corrected, and as canonical stems.</summary>
internal sealed class Utterance
{
    public Utterance(IReadOnlyList<string> typed, IReadOnlyList<string> words, IReadOnlyList<string> canon,
        IReadOnlyList<bool> corrected, bool endsWithQuestionMark, int? topicLength = null)
    {
        Typed = typed;
        Words = words;
        Canon = canon;
        Corrected = corrected;
        EndsWithQuestionMark = endsWithQuestionMark;
        _topicLength = Math.Min(topicLength ?? canon.Count, canon.Count);
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

    // The tokens read for the topic (see UtteranceAnalyzer.TopicWords): all of a message of ordinary length.
    private readonly int _topicLength;

    /// <summary>
    /// The first words, analysed in full, that the topic, medicines and answers are read from; the whole message when
    /// it is no longer than that. The red-flag check reads the whole message.
    /// </summary>
    public Utterance TopicPart => _topicLength == Count ? this : Slice(0, _topicLength);

    /// <summary>The tokens from <paramref name="start"/>, <paramref name="length"/> of them, as an utterance of their own.</summary>
    public Utterance Slice(int start, int length) => new(
        [.. Typed.Skip(start).Take(length)], [.. Words.Skip(start).Take(length)], [.. Canon.Skip(start).Take(length)],
        [.. Corrected.Skip(start).Take(length)], EndsWithQuestionMark && start + length == Count);

    // The same word lists are searched many times per message (negation looks back from every mention).
    // (A message meets about a hundred sets: sized for them, the cache is not regrown as it fills.)
    private readonly Dictionary<PhraseSet, PhraseMatches> _matches = new(128);

    /// <summary>(start, length) of every occurrence of the set's phrases, computed once per set.</summary>
    public PhraseMatches Matches(PhraseSet set)
    {
        if (!_matches.TryGetValue(set, out var found))
        {
            found = set.FindIn(this);
            _matches[set] = found;
        }

        return found;
    }

    // Where each canonical token first occurs, and for each position the next one with the same token (-1: none).
    private Dictionary<string, int>? _firstPosition;
    private int[]? _nextPosition;

    /// <summary>
    /// The first position of a canonical token, or -1; <see cref="NextPosition"/> walks on to the others in order
    /// (an index built on first use, for long messages).
    /// </summary>
    public int FirstPosition(string canonicalToken)
    {
        if (_firstPosition is null)
        {
            _firstPosition = new Dictionary<string, int>(StringComparer.Ordinal);
            _nextPosition = new int[Count];
            for (var i = Count - 1; i >= 0; i--)
            {
                _nextPosition[i] = _firstPosition.GetValueOrDefault(Canon[i], -1);
                _firstPosition[Canon[i]] = i;
            }
        }

        return _firstPosition.GetValueOrDefault(canonicalToken, -1);
    }

    /// <summary>The next position of the token at <paramref name="position"/>, or -1 (after <see cref="FirstPosition"/>).</summary>
    public int NextPosition(int position) => _nextPosition![position];

    private Boundaries? _clauses;
    private Boundaries? _sentences;

    /// <summary>The first token of the clause holding token <paramref name="index"/> (clauses end at any boundary).</summary>
    public int ClauseStart(int index) => (_clauses ??= new Boundaries(this, IsBoundary)).StartOf(index);

    /// <summary>The first boundary at or after <paramref name="index"/>, or <see cref="Count"/>.</summary>
    public int ClauseEnd(int index) => (_clauses ??= new Boundaries(this, IsBoundary)).EndFrom(index);

    /// <summary>The first token of the sentence holding token <paramref name="index"/> (commas do not end it).</summary>
    public int SentenceStart(int index) => (_sentences ??= new Boundaries(this, IsSentenceEnd)).StartOf(index);

    /// <summary>The first sentence end at or after <paramref name="index"/>, or <see cref="Count"/>.</summary>
    public int SentenceEnd(int index) => (_sentences ??= new Boundaries(this, IsSentenceEnd)).EndFrom(index);

    /// <summary>For every index, the nearest boundary of one kind before and from it (one pass each way).</summary>
    private sealed class Boundaries
    {
        private readonly int[] _startOf;
        private readonly int[] _endFrom;

        public Boundaries(Utterance u, Func<int, bool> isBoundary)
        {
            _startOf = new int[u.Count + 1];
            _endFrom = new int[u.Count + 1];
            for (var i = 1; i <= u.Count; i++)
            {
                _startOf[i] = isBoundary(i - 1) ? i : _startOf[i - 1];
            }

            _endFrom[u.Count] = u.Count;
            for (var i = u.Count - 1; i >= 0; i--)
            {
                _endFrom[i] = isBoundary(i) ? i : _endFrom[i + 1];
            }
        }

        public int StartOf(int index) => _startOf[index];

        public int EndFrom(int index) => _endFrom[index];
    }
}
