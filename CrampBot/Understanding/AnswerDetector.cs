namespace CrampBot.Understanding;

/// <summary>
/// Reads a message as a yes / no / not-sure answer. Doubt always wins over no ("no idea", "not really", "I don't
/// think so" are not sure), because the leg pain check treats "not sure" like "yes": the safe side.
/// </summary>
internal static class AnswerDetector
{
    private const int MaxAnswerWords = 8;
    private static readonly PhraseSet Doubtful = new(["dont think so", "do not think so", "not really", "no idea", "not sure"]);
    private static readonly PhraseSet HedgedYes = new(["i think so", "think so", "i believe so", "probably", "i think it is"]);

    public static YesNoAnswer Detect(Utterance u, YesNoAnswer swelling)
    {
        // What the message says about swelling is its answer to "Is your leg swollen?".
        if (swelling != YesNoAnswer.None)
        {
            return swelling;
        }

        if (u.IsEmpty || u.WordCount > MaxAnswerWords)
        {
            return YesNoAnswer.None;
        }

        if (Doubtful.IsIn(u))
        {
            return YesNoAnswer.NotSure;
        }

        if (HedgedYes.IsIn(u))
        {
            return YesNoAnswer.Yes;
        }

        var hedged = SignalLexicon.Hedge.Matches(u).Any(m => !SignalLexicon.MildPositive.Matches(u).Any(p => p.Start == m.Start));
        if (hedged)
        {
            return YesNoAnswer.NotSure;
        }

        if (SignalLexicon.MildPositive.IsIn(u))
        {
            return YesNoAnswer.Yes;
        }

        var first = u.Canon[u.WordIndexes().First()];
        if (SignalLexicon.No.Matches(u).Any(m => m.Start == u.WordIndexes().First()) || first is "no" or "nope" or "nah")
        {
            return YesNoAnswer.No;
        }

        if (SignalLexicon.Yes.IsIn(u))
        {
            return YesNoAnswer.Yes;
        }

        if (SignalLexicon.No.IsIn(u))
        {
            return YesNoAnswer.No;
        }

        return YesNoAnswer.None;
    }
}
