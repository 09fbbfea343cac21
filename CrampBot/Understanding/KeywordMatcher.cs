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

    // A contracted question word stands for the word and "is": "whats causing" is "what is causing".
    private static readonly Dictionary<string, string> Contractions = new(StringComparer.Ordinal)
    {
        ["whats"] = "what", ["wheres"] = "where", ["hows"] = "how", ["whos"] = "who", ["thats"] = "that",
    };

    // "is that why…", "thats why…": the question word points back at what was said, it does not ask.
    private static readonly HashSet<string> PointingBack = new(["that", "thats", "this"], StringComparer.Ordinal);

    /// <summary>
    /// The share of the keyword's weight earned by the message from token <paramref name="start"/> on: 1,
    /// <see cref="InnerQuestionWordFactor"/>, or 0 when the keyword does not start there.
    /// </summary>
    public static double MatchAt(Phrase keyword, Utterance u, int start)
    {
        var tokens = keyword.Tokens;
        if (tokens.Length == 0 || Advance(tokens, 0, u.Canon[start]) is not { } k)
        {
            return 0;
        }

        var at = start;
        while (k < tokens.Length)
        {
            var next = at + 1;
            var gap = 0;
            while (next < u.Count && gap < MaxGap && Advance(tokens, k, u.Canon[next]) is null && GapWords.Contains(u.Canon[next]))
            {
                next++;
                gap++;
            }

            if (next >= u.Count || Advance(tokens, k, u.Canon[next]) is not { } after)
            {
                return 0;
            }

            k = after;
            at = next;
        }

        return QuestionWords.Contains(tokens[0]) && !OpensItsQuestion(u, start) ? InnerQuestionWordFactor : 1.0;
    }

    /// <summary>The first keyword token a message token may start a match of: itself, or "what" for "whats".</summary>
    public static string? ContractionHead(string word) => Contractions.GetValueOrDefault(word);

    /// <summary>A question word that does not open its question ("what happens when…"): a conjunction, not a question.</summary>
    public static bool IsInnerQuestionWord(Utterance u, int at) => QuestionWords.Contains(u.Canon[at]) && !OpensItsQuestion(u, at);

    // Where in the keyword one message token leaves the match: past the token it equals, past "what is" for "whats"
    // (or past "what" alone), or null when it does not fit there.
    private static int? Advance(string[] tokens, int k, string word)
    {
        if (word == tokens[k])
        {
            return k + 1;
        }

        if (Contractions.TryGetValue(word, out var head) && head == tokens[k])
        {
            return k + 1 < tokens.Length && tokens[k + 1] == "is" ? k + 2 : k + 1;
        }

        return null;
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
