namespace CrampBot.Understanding;

/// <summary>
/// Negation and hedging around a mention, in the spirit of NegEx: a negator up to a few words before the mention
/// negates it, unless a sentence boundary or a scope breaker ("but", "and") comes between. "and" breaks the scope on
/// purpose: "no swelling and chest pain" is read as chest pain present, the safe reading.
/// </summary>
internal static class NegationScope
{
    private const int Window = 5;

    public static bool IsNegated(Utterance u, int start, int length)
    {
        foreach (var i in Before(u, start))
        {
            if (SignalLexicon.Negator.ContainsToken(u.Canon[i]) || StartsPhrase(SignalLexicon.Negator, u, i)) return true;
        }

        return IsFollowedByNo(u, start + length);
    }

    /// <summary>True when the clause around the mention hedges ("not sure if", "maybe", "I think").</summary>
    public static bool IsHedged(Utterance u, int start, int length)
    {
        var (from, to) = Clause(u, start, start + length);
        return SignalLexicon.Hedge.Matches(u).Any(m => m.Start >= from && m.Start < to && !IsMild(u, m.Start));
    }

    /// <summary>Indexes of the words before <paramref name="start"/> that are still in its negation scope, nearest first.</summary>
    private static IEnumerable<int> Before(Utterance u, int start)
    {
        var seen = 0;
        for (var i = start - 1; i >= 0 && seen < Window; i--)
        {
            if (u.IsBoundary(i) || SignalLexicon.ScopeBreaker.ContainsToken(u.Canon[i])) yield break;
            seen++;
            yield return i;
        }
    }

    private static bool StartsPhrase(PhraseSet set, Utterance u, int i) => set.Matches(u).Any(m => m.Start == i);

    // "swollen? no" / "chest pain - none": a bare no closing the message.
    private static bool IsFollowedByNo(Utterance u, int after)
    {
        var rest = Enumerable.Range(after, Math.Max(0, u.Count - after)).Where(i => !u.IsBoundary(i)).ToList();
        return rest.Count == 1 && u.Canon[rest[0]] is "no" or "none" or "nope" or "not" or "nah";
    }

    private static (int From, int To) Clause(Utterance u, int start, int end)
    {
        var from = start;
        while (from > 0 && !u.IsBoundary(from - 1)) from--;
        var to = end;
        while (to < u.Count && !u.IsBoundary(to)) to++;
        return (from, to);
    }

    // "a bit swollen" and "slightly swollen" are hedges of degree, not doubt: still swelling.
    private static bool IsMild(Utterance u, int index) => SignalLexicon.MildPositive.Matches(u).Any(m => m.Start == index);
}
