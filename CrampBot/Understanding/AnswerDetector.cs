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

    // An answer to "Do you have any of these?" that points into the list ("all of them", "the first one", "2 and 3")
    // picks at least one sign: a yes.
    private static readonly PhraseSet PicksFromTheList = new(["all of them", "all of those", "all of these", "some of them",
        "some of those", "some of these", "one of them", "one of those", "one of these", "few of them", "couple of them",
        "two of them", "three of them", "most of them", "first one", "second one", "third one", "fourth one",
        "fifth one", "last one", "top one", "bottom one", "that one", "this one", "those ones", "these ones"]);
    private static readonly PhraseSet PicksNothing = new(["none", "not one", "not a single", "neither", "not any", "no to", "no for"]);

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

        if (HedgedYes.IsIn(u) || PointsIntoTheList(u))
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

    private static bool PointsIntoTheList(Utterance u)
    {
        if (PicksNothing.IsIn(u))
        {
            return false;
        }

        // "the veins one", "the red ones": a short answer naming an item; "1", "2 and 4": the items' places.
        var words = u.WordIndexes().Select(i => u.Typed[i]).ToList();
        var namesAnItem = words.Count <= 4 && words[^1] is "one" or "ones" && words[0] is not ("no" or "not" or "nope" or "nah");
        var numbersItems = words.All(w => w is "and" or "&" || (w.Length == 1 && char.IsAsciiDigit(w[0]) && w[0] != '0'));
        return PicksFromTheList.IsIn(u) || namesAnItem || numbersItems;
    }
}
