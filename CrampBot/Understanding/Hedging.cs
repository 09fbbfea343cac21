namespace CrampBot.Understanding;

/// <summary>Doubt around a mention: "not sure if it's swollen", "maybe swollen", "I don't think it's swollen".</summary>
internal static class Hedging
{
    /// <summary>True when the clause around the mention hedges ("not sure if", "maybe", "I think").</summary>
    public static bool IsHedged(Utterance u, int start, int length)
    {
        var (from, to) = Clause(u, start, start + length);
        return SignalLexicon.Hedge.Matches(u).Any(m => m.Start >= from && m.Start < to && !IsMild(u, m.Start));
    }

    private static (int From, int To) Clause(Utterance u, int start, int end)
    {
        var from = start;
        while (from > 0 && !u.IsBoundary(from - 1))
        {
            from--;
        }

        var to = end;
        while (to < u.Count && !u.IsBoundary(to))
        {
            to++;
        }

        return (from, to);
    }

    // "a bit swollen" and "slightly swollen" are hedges of degree, not doubt: still swelling.
    private static bool IsMild(Utterance u, int index) => SignalLexicon.MildPositive.Matches(u).Any(m => m.Start == index);
}
