namespace CrampBot.Understanding;

/// <summary>A named group of phrases (e.g. every way to say "pain"), canonicalised once.</summary>
internal sealed class PhraseSet
{
    private readonly Phrase[] phrases;
    private readonly HashSet<string> singleTokens;

    public PhraseSet(IEnumerable<string> texts)
    {
        phrases = [.. texts.Select(t => Phrase.Create(t, Stemmer.Canonical)).Where(p => p.Tokens.Length > 0).Distinct()];
        singleTokens = [.. phrases.Where(p => p.Tokens.Length == 1).Select(p => p.Tokens[0])];
    }

    /// <summary>A set that matches nothing.</summary>
    public static PhraseSet Empty { get; } = new([]);

    public IEnumerable<Phrase> Phrases => phrases;

    /// <summary>Every word in every phrase, as written (for the spelling vocabulary).</summary>
    public IEnumerable<string> Words => phrases.SelectMany(p => TextNormalizer.Tokenize(p.Text));

    public bool ContainsToken(string canonicalToken) => singleTokens.Contains(canonicalToken);

    /// <summary>(start, length) of every occurrence (cached on the utterance).</summary>
    public IReadOnlyList<(int Start, int Length)> Matches(Utterance utterance) => utterance.Matches(this);

    public bool IsIn(Utterance utterance) => Matches(utterance).Count > 0;

    internal IEnumerable<(int Start, int Length)> FindIn(Utterance utterance) =>
        phrases.SelectMany(p => p.Find(utterance).Select(s => (s, p.Tokens.Length)));
}
