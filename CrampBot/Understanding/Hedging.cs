namespace CrampBot.Understanding;

/// <summary>Doubt around a mention: "not sure if it's swollen", "maybe swollen", "I don't think it's swollen".</summary>
internal sealed class Hedging(Utterance u)
{
    // The hedges that are doubt, found once per message (a clause full of "a bit" must not be rescanned per mention).
    private PhraseMatches? _doubts;

    /// <summary>True when the clause around the mention hedges ("not sure if", "maybe", "I think").</summary>
    public bool IsHedged(int start, int length)
    {
        _doubts ??= Doubts();
        return _doubts.AnyStartingIn(u.ClauseStart(start), u.ClauseEnd(start + length));
    }

    // "a bit swollen" and "slightly swollen" are hedges of degree, not doubt: still swelling.
    private PhraseMatches Doubts()
    {
        var mild = SignalLexicon.MildPositive.Matches(u);
        return new PhraseMatches([.. SignalLexicon.Hedge.Matches(u).Where(m => !mild.StartsAt(m.Start))]);
    }
}
