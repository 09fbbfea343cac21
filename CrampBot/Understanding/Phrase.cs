namespace CrampBot.Understanding;

/// <summary>A sequence of canonical tokens to look for in an utterance.</summary>
internal sealed record Phrase(string Text, string[] Tokens)
{
    public static Phrase Create(string text, Func<string, string> canonical) =>
        new(text, [.. TextNormalizer.Tokenize(text).Where(t => !TextNormalizer.IsBoundary(t)).Select(canonical)]);

    /// <summary>Start indexes where the phrase occurs (never across a sentence boundary).</summary>
    public IEnumerable<int> Find(Utterance utterance)
    {
        if (Tokens.Length == 0)
        {
            yield break;
        }

        for (var start = 0; start + Tokens.Length <= utterance.Count; start++)
        {
            var all = true;
            for (var k = 0; k < Tokens.Length && all; k++)
            {
                all = utterance.Canon[start + k] == Tokens[k];
            }

            if (all)
            {
                yield return start;
            }
        }
    }

    public bool IsIn(Utterance utterance) => Find(utterance).Any();
}
