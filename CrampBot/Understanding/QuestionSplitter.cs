namespace CrampBot.Understanding;

/// <summary>
/// Finds the questions in a message: the clauses (split at sentence ends, commas, and "and" / "also" / "plus" before a
/// question word) that open like a question. A long message tells its story around the question ("I'm 45, I cycle …
/// is there anything I can do to stop them? I tried water …"), and two questions can share one message ("what
/// causes cramps and can my statins do it?").
/// </summary>
internal static class QuestionSplitter
{
    // A clause that opens with one of these reads as a question ("is it serious", "can statins do it")…
    private static readonly HashSet<string> Auxiliaries = new(
        ["is", "are", "can", "could", "do", "does", "did", "should", "will", "would"], StringComparer.Ordinal);

    // …and so does one with one of these among its first words ("anyway what I wanted to ask is …", "I'd like to know
    // why"), where an auxiliary would only be a statement's verb ("my cramps are getting worse").
    private static readonly HashSet<string> QuestionWords = new(
        ["what", "whats", "wat", "wot", "how", "hows", "hw", "why", "y", "when", "where", "which", "who"], StringComparer.Ordinal);

    private static readonly HashSet<string> Joiners = new(["and", "also", "plus", "n"], StringComparer.Ordinal);

    private const int QuestionWordReach = 6;

    /// <summary>The clauses of the message in order: (start, length, reads as a question).</summary>
    public static List<(int Start, int Length, bool IsQuestion)> Clauses(Utterance u)
    {
        var clauses = new List<(int Start, int Length, bool IsQuestion)>();
        var start = 0;
        void Close(int end)
        {
            if (end > start)
            {
                clauses.Add((start, end - start, OpensLikeAQuestion(u, start, end)));
            }
        }

        for (var i = 0; i < u.Count; i++)
        {
            if (u.IsBoundary(i))
            {
                Close(i);
                start = i + 1;
            }
            else if (i > start && Joiners.Contains(u.Words[i]) && i + 1 < u.Count && OpensLikeAQuestion(u, i + 1, Math.Min(u.Count, i + 2)))
            {
                Close(i);
                start = i;
            }
        }

        Close(u.Count);
        return clauses;
    }

    private static bool OpensLikeAQuestion(Utterance u, int start, int end)
    {
        var seen = 0;
        for (var i = start; i < end && seen < QuestionWordReach && !u.IsBoundary(i); i++)
        {
            if (Joiners.Contains(u.Words[i]))
            {
                continue;
            }

            if (QuestionWords.Contains(u.Words[i]) || (seen == 0 && Auxiliaries.Contains(u.Words[i])))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
