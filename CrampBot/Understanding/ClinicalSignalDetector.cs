namespace CrampBot.Understanding;

/// <summary>
/// Finds emergency signs, DVT signs, leg swelling and leg pain in a message. Every sign counts unless plainly denied
/// (<see cref="Denial"/>), wherever it sits in the message and whoever it is about.
/// </summary>
internal static class ClinicalSignalDetector
{
    private const int Near = 5;

    public static ClinicalSignals Detect(Utterance u)
    {
        if (u.IsEmpty)
        {
            return ClinicalSignals.None;
        }

        var finder = new SignFinder(u);
        var legMentioned = SignalLexicon.Leg.IsIn(u);
        return new ClinicalSignals(
            HasLegPain(u, finder, legMentioned),
            SwellingIn(u, finder.Denial, new Hedging(u), legMentioned),
            EmergencySymptomsIn(finder),
            IsGeneralQuestion(u))
        {
            DvtSigns = DvtSignsIn(finder, answersALegQuestion: false),
            DvtSignsIfAboutTheLeg = DvtSignsIn(finder, answersALegQuestion: true),
        };
    }

    /// <summary>Phrased as a question: a question word first or after a comma, or a closing question mark.</summary>
    public static bool IsQuestionLike(Utterance u) =>
        u.EndsWithQuestionMark ||
        u.WordIndexes().Any(i => (i == 0 || u.IsBoundary(i - 1)) && SignalLexicon.QuestionWord.ContainsToken(u.Canon[i]));

    /// <summary>
    /// A question about leg pain in general ("what causes calf pain?"), not about a person: a question word first,
    /// and no "I", "your", "my husband's", "her". "Can you tell me" addresses the bot, not a person.
    /// </summary>
    private static bool IsGeneralQuestion(Utterance u)
    {
        if (SignalLexicon.FirstPerson.IsIn(u) || SignalLexicon.OtherPerson.IsIn(u))
        {
            return false;
        }

        var you = u.WordIndexes().Where(i => u.Canon[i] is "you" or "u");
        if (you.Any(i => !SignalLexicon.AddressingTheBot.Matches(u).StartsAt(i)))
        {
            return false;
        }

        var first = u.WordIndexes().FirstOrDefault(-1);
        return first >= 0 && SignalLexicon.QuestionWord.ContainsToken(u.Canon[first]);
    }

    private static EmergencySymptoms EmergencySymptomsIn(SignFinder finder)
    {
        var found = EmergencySymptoms.None;
        foreach (var (sign, pattern) in EmergencySignLexicon.All)
        {
            if (finder.IsMentioned(pattern))
            {
                found |= sign;
            }
        }

        return found;
    }

    private static DvtSigns DvtSignsIn(SignFinder finder, bool answersALegQuestion)
    {
        var found = DvtSigns.None;
        foreach (var (sign, pattern) in DvtSignLexicon.All)
        {
            if (finder.IsMentioned(pattern, answersALegQuestion))
            {
                found |= sign;
            }
        }

        return found;
    }

    /// <summary>
    /// Pain words (or a heavy, tight or hard feeling next to a leg word) that are not denied and not about another
    /// body part ("headache" is not a pain word; "my back hurts" is another body part). Pain with no body part at
    /// all counts: this is a leg-cramp bot.
    /// </summary>
    private static bool HasLegPain(Utterance u, SignFinder finder, bool legMentioned)
    {
        var notSymptom = SignalLexicon.PainNotSymptom.Matches(u);
        foreach (var (start, length) in SignalLexicon.Pain.Matches(u))
        {
            if (finder.Denial.IsPlain(start, length))
            {
                continue;
            }

            if (notSymptom.Overlapping(start, 1).Any())
            {
                continue;
            }

            var otherPart = NearbyInClause(u, SignalLexicon.OtherBodyPart, start, length).Any();
            var legPart = NearbyInClause(u, SignalLexicon.Leg, start, length).Any();
            if (legPart || (!otherPart && (legMentioned || !SignalLexicon.OtherBodyPart.IsIn(u))))
            {
                return true;
            }
        }

        var otherSign = SignalLexicon.LegOnlySymptom.Matches(u).Any(m =>
            !finder.Denial.IsPlain(m.Start, m.Length) && NearbyInClause(u, SignalLexicon.Leg, m.Start, m.Length).Any());
        return otherSign || SuspectsClot(u, finder.Denial) || HasACrampNow(u, finder.Denial);
    }

    // A cramp happening as the patient writes ("a bad cramp in my leg right now", "it won't let go") is pain in the
    // leg now, which the leg pain check is for; cramps in general ("I get cramps at night") are a question.
    private static bool HasACrampNow(Utterance u, Denial denial) =>
        SignalLexicon.CrampWords.Matches(u).Any(m =>
            !denial.IsPlain(m.Start, m.Length) && NearbyInClause(u, SignalLexicon.HappeningNow, m.Start, m.Length).Any());

    // "I think I've got a clot in my leg", or "could I have a clot in my leg?": about oneself, not a question about
    // clots in general ("can a clot cause cramps?"). A question that names a leg is taken as about one's own leg.
    private static bool SuspectsClot(Utterance u, Denial denial) =>
        SignalLexicon.FirstPerson.IsIn(u) && (!IsQuestionLike(u) || SignalLexicon.Leg.IsIn(u)) &&
        SignalLexicon.Clot.Matches(u).Any(m => !denial.IsPlain(m.Start, m.Length));

    /// <summary>
    /// Any mention that is not a plain denial wins: "not swollen this morning, swollen now" is swollen; "not sure if it's
    /// swollen" is not sure; only "no swelling" is absent.
    /// </summary>
    private static YesNoAnswer SwellingIn(Utterance u, Denial denial, Hedging hedging, bool legMentioned)
    {
        var status = YesNoAnswer.None;
        foreach (var (start, length) in SignalLexicon.Swelling.Matches(u))
        {
            if (MeansFine(u, start))
            {
                continue;
            }

            var otherPart = NearbyInClause(u, SignalLexicon.OtherBodyPart, start, length).Any();
            var legPart = NearbyInClause(u, SignalLexicon.Leg, start, length).Any();
            if (otherPart && !legPart && !legMentioned)
            {
                continue;
            }

            var mention = denial.IsPlain(start, length) ? YesNoAnswer.No
                : hedging.IsHedged(start, length) ? YesNoAnswer.NotSure
                : YesNoAnswer.Yes;
            status = Stronger(status, mention);
        }

        return status;
    }

    // "Feeling swell today": the old sense of "swell" (fine), told apart by the word typed and no leg nearby.
    private static bool MeansFine(Utterance u, int start) =>
        u.Typed[start] == "swell" && start > 0 && SignalLexicon.SwellMeaningFine.ContainsToken(u.Canon[start - 1]) &&
        !NearbyInClause(u, SignalLexicon.Leg, start, 1).Any();

    private static YesNoAnswer Stronger(YesNoAnswer a, YesNoAnswer b)
    {
        static int Rank(YesNoAnswer s) => s switch
        {
            YesNoAnswer.Yes => 3,
            YesNoAnswer.NotSure => 2,
            YesNoAnswer.No => 1,
            _ => 0,
        };
        return Rank(b) > Rank(a) ? b : a;
    }

    /// <summary>
    /// Start indexes of the set's words within <see cref="Near"/> words of the span, in the same clause. A word
    /// followed by "of" only names a place ("the back of my leg"), so it does not count. Only the matches that can
    /// be that near are looked at.
    /// </summary>
    private static IEnumerable<int> NearbyInClause(Utterance u, PhraseSet set, int start, int length) =>
        set.Matches(u).StartingIn(start - Near - set.Matches(u).MaxLength + 1, start + length + Near)
            .Where(m => m.Start + m.Length >= u.Count || u.Canon[m.Start + m.Length] != "of")
            .Where(m => m.Start + m.Length <= start ? start - (m.Start + m.Length) < Near : m.Start - (start + length) < Near)
            .Where(m => m.Start != start)
            .Where(m => !BoundaryBetween(u, Math.Min(m.Start, start), Math.Max(m.Start, start)))
            .Select(m => m.Start);

    private static bool BoundaryBetween(Utterance u, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (u.IsBoundary(i))
            {
                return true;
            }
        }

        return false;
    }
}
