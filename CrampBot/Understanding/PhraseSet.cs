namespace CrampBot.Understanding;

/// <summary>A named group of phrases (e.g. every way to say "pain"), canonicalised once.</summary>
internal sealed class PhraseSet
{
    private readonly Phrase[] _phrases;
    private readonly HashSet<string> _singleTokens;

    public PhraseSet(IEnumerable<string> texts)
    {
        _phrases = [.. texts.Select(t => Phrase.Create(t, Stemmer.Canonical)).Where(p => p.Tokens.Length > 0).Distinct()];
        _singleTokens = [.. _phrases.Where(p => p.Tokens.Length == 1).Select(p => p.Tokens[0])];
    }

    /// <summary>A set that matches nothing.</summary>
    public static PhraseSet Empty { get; } = new([]);

    public IEnumerable<Phrase> Phrases => _phrases;

    /// <summary>Every word in every phrase, as written (for the spelling vocabulary).</summary>
    public IEnumerable<string> Words => _phrases.SelectMany(p => TextNormalizer.Tokenize(p.Text));

    public bool ContainsToken(string canonicalToken) => _singleTokens.Contains(canonicalToken);

    /// <summary>(start, length) of every occurrence (cached on the utterance).</summary>
    public IReadOnlyList<(int Start, int Length)> Matches(Utterance utterance) => utterance.Matches(this);

    public bool IsIn(Utterance utterance) => Matches(utterance).Count > 0;

    internal IEnumerable<(int Start, int Length)> FindIn(Utterance utterance) =>
        _phrases.SelectMany(p => p.Find(utterance).Select(s => (s, p.Tokens.Length)));
}
