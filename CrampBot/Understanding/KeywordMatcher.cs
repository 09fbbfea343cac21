namespace CrampBot.Understanding;

/// <summary>
/// Finds a topic keyword in a message the way patients word it: a few small words may sit between the keyword's
/// words ("stop cramps" in "stop my leg cramps", "cause of cramps" in "cause of these cramps"), and a question word
/// that does not open the question ("what happens when…", "is that why…") counts for less than one that does.
/// </summary>
internal static class KeywordMatcher
{
    /// <summary>How many small words may sit between two words of a keyword.</summary>
    private const int MaxGap = 2;

    /// <summary>The weight kept by a question word that does not open its question.</summary>
    public const double InnerQuestionWordFactor = 0.4;

    // Words that add nothing between a keyword's words (canonical forms).
    private static readonly HashSet<string> GapWords = new(
        new[] {"the", "a", "an", "my", "your", "his", "her", "their", "our", "these", "those", "this", "leg", "legs",
         "muscle", "muscles", "bad", "awful", "terrible", "horrible", "painful", "nasty", "some", "any", "all", "night",
         "nighttime", "really", "bloody", "stupid"}.Select(Stemmer.Canonical),
        StringComparer.Ordinal);

    private static readonly HashSet<string> QuestionWords = new(
        ["what", "whats", "where", "when", "why", "how", "hows", "which", "who"], StringComparer.Ordinal);

    // "is that why…", "thats why…": the question word points back at what was said, it does not ask.
    private static readonly HashSet<string> PointingBack = new(["that", "thats", "this"], StringComparer.Ordinal);

    /// <summary>The share of the keyword's weight the message earns: 1, <see cref="InnerQuestionWordFactor"/> or 0.</summary>
    public static double Match(Phrase keyword, Utterance u)
    {
        var best = 0.0;
        foreach (var start in Find(keyword.Tokens, u))
        {
            var factor = QuestionWords.Contains(keyword.Tokens[0]) && !OpensItsQuestion(u, start) ? InnerQuestionWordFactor : 1.0;
            best = Math.Max(best, factor);
            if (best >= 1.0)
            {
                break;
            }
        }

        return best;
    }

    private static IEnumerable<int> Find(string[] tokens, Utterance u)
    {
        if (tokens.Length == 0)
        {
            yield break;
        }

        for (var start = 0; start < u.Count; start++)
        {
            if (u.Canon[start] != tokens[0])
            {
                continue;
            }

            var at = start;
            var all = true;
            for (var k = 1; k < tokens.Length && all; k++)
            {
                var next = at + 1;
                var gap = 0;
                while (next < u.Count && gap < MaxGap && u.Canon[next] != tokens[k] && GapWords.Contains(u.Canon[next]))
                {
                    next++;
                    gap++;
                }

                all = next < u.Count && u.Canon[next] == tokens[k];
                at = next;
            }

            if (all)
            {
                yield return start;
            }
        }
    }

    // No question word earlier in the same clause, and not "is that why".
    private static bool OpensItsQuestion(Utterance u, int at)
    {
        if (at > 0 && PointingBack.Contains(u.Canon[at - 1]))
        {
            return false;
        }

        for (var i = at - 1; i >= 0 && !u.IsBoundary(i); i--)
        {
            if (QuestionWords.Contains(u.Canon[i]))
            {
                return false;
            }
        }

        return true;
    }
}
