namespace CrampBot.Understanding;

/// <summary>
/// A named group of phrases (e.g. every way to say "pain"), canonicalised once and indexed by first token, so a
/// message only tries the phrases that start with one of its words.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Phrase[] _phrases;
    private readonly string[] _texts;
    private readonly HashSet<string> _singleTokens;

    // First token → the phrases starting with it, with their place in the set (matches at one start keep set order).
    private readonly Dictionary<string, (Phrase Phrase, int Order)[]> _byFirstToken;

    public PhraseSet(IEnumerable<string> texts)
    {
        _texts = [.. texts];

        // Phrases that canonicalise alike ("swollen", "swelling") would only find the same tokens twice.
        _phrases = [.. _texts.Select(t => Phrase.Create(t, Stemmer.Canonical)).Where(p => p.Tokens.Length > 0)
            .DistinctBy(p => string.Join(' ', p.Tokens), StringComparer.Ordinal)];
        _singleTokens = [.. _phrases.Where(p => p.Tokens.Length == 1).Select(p => p.Tokens[0])];
        _byFirstToken = _phrases.Select((p, order) => (Phrase: p, Order: order))
            .GroupBy(x => x.Phrase.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A set that matches nothing.</summary>
    public static PhraseSet Empty { get; } = new([]);

    public IEnumerable<Phrase> Phrases => _phrases;

    /// <summary>Every word in every phrase, as written (for the spelling vocabulary).</summary>
    public IEnumerable<string> Words => _texts.SelectMany(TextNormalizer.Tokenize);

    public bool ContainsToken(string canonicalToken) => _singleTokens.Contains(canonicalToken);

    /// <summary>(start, length) of every occurrence, in order of start (cached on the utterance).</summary>
    public PhraseMatches Matches(Utterance utterance) => utterance.Matches(this);

    public bool IsIn(Utterance utterance) => Matches(utterance).Count > 0;

    /// <summary>
    /// Every occurrence, by start then by place in the set. A short message looks up each of its tokens here; a long
    /// one looks up each of this set's first tokens in the message's own index: whichever is fewer look-ups.
    /// </summary>
    internal PhraseMatches FindIn(Utterance utterance)
    {
        if (_phrases.Length == 0)
        {
            return PhraseMatches.None;
        }

        List<(int Start, int Length, int Order)>? found = null;
        if (utterance.Count <= _byFirstToken.Count)
        {
            for (var start = 0; start < utterance.Count; start++)
            {
                if (_byFirstToken.TryGetValue(utterance.Canon[start], out var phrases))
                {
                    AddAt(utterance, start, phrases, ref found);
                }
            }
        }
        else
        {
            foreach (var (token, phrases) in _byFirstToken)
            {
                for (var start = utterance.FirstPosition(token); start >= 0; start = utterance.NextPosition(start))
                {
                    AddAt(utterance, start, phrases, ref found);
                }
            }

            found?.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        }

        return found is null ? PhraseMatches.None : new PhraseMatches([.. found.Select(f => (f.Start, f.Length))]);
    }

    private static void AddAt(Utterance utterance, int start, (Phrase Phrase, int Order)[] phrases, ref List<(int, int, int)>? found)
    {
        foreach (var (phrase, order) in phrases)
        {
            if (phrase.OccursAt(utterance, start))
            {
                (found ??= []).Add((start, phrase.Tokens.Length, order));
            }
        }
    }
}
