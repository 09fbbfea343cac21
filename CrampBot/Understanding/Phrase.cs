namespace CrampBot.Understanding;

/// <summary>A sequence of canonical tokens to look for in an utterance.</summary>
internal sealed record Phrase(string Text, string[] Tokens)
{
    public static Phrase Create(string text, Func<string, string> canonical) =>
        new(text, [.. TextNormalizer.Tokenize(text).Where(t => !TextNormalizer.IsBoundary(t)).Select(canonical)]);

    /// <summary>True when the phrase's tokens are the utterance's from <paramref name="start"/> on (never across a
    /// sentence boundary: a boundary token is never a phrase token).</summary>
    public bool OccursAt(Utterance utterance, int start)
    {
        if (Tokens.Length == 0 || start + Tokens.Length > utterance.Count)
        {
            return false;
        }

        for (var k = 0; k < Tokens.Length; k++)
        {
            if (!string.Equals(utterance.Canon[start + k], Tokens[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
