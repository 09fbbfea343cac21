namespace CrampBot.Understanding;

/// <summary>Finds leg pain, leg swelling and emergency symptoms in a message, understanding negation.</summary>
internal static class ClinicalSignalDetector
{
    private const int Near = 5;

    public static ClinicalSignals Detect(Utterance u)
    {
        if (u.IsEmpty) return ClinicalSignals.None;
        var emergency = EmergencySymptomsIn(u);
        var legMentioned = SignalLexicon.Leg.IsIn(u);
        var legPain = HasLegPain(u, legMentioned);
        var swelling = SwellingIn(u, legMentioned);
        return new ClinicalSignals(legPain, swelling, emergency, IsGeneralQuestion(u));
    }

    /// <summary>Phrased as a question: a question word first or after a comma, or a closing question mark.</summary>
    public static bool IsQuestionLike(Utterance u) =>
        u.EndsWithQuestionMark ||
        u.WordIndexes().Any(i => (i == 0 || u.IsBoundary(i - 1)) && SignalLexicon.QuestionWord.ContainsToken(u.Canon[i]));

    /// <summary>A question in the third person ("what causes calf pain?"), not a report ("my calf hurts").</summary>
    private static bool IsGeneralQuestion(Utterance u)
    {
        if (SignalLexicon.FirstPerson.IsIn(u)) return false;
        var first = u.WordIndexes().FirstOrDefault(-1);
        return first >= 0 && SignalLexicon.QuestionWord.ContainsToken(u.Canon[first]);
    }

    private static EmergencySymptoms EmergencySymptomsIn(Utterance u)
    {
        var found = EmergencySymptoms.None;
        if (ChestPain(u)) found |= EmergencySymptoms.ChestPain;
        if (Breathless(u)) found |= EmergencySymptoms.Breathlessness;
        if (CoughingBlood(u)) found |= EmergencySymptoms.CoughingBlood;
        if (SignalLexicon.Collapse.Matches(u).Any(m => !NegationScope.IsNegated(u, m.Start, m.Length)))
            found |= EmergencySymptoms.Collapse;
        return found;
    }

    private static bool ChestPain(Utterance u) =>
        SignalLexicon.Chest.Matches(u).Any(chest =>
            NearbyInClause(u, SignalLexicon.ChestSymptom, chest.Start, chest.Length)
                .Any(symptom => !IsNegatedSpan(u, chest.Start, symptom)));

    private static bool Breathless(Utterance u)
    {
        if (SignalLexicon.Breathless.Matches(u).Any(m => !NegationScope.IsNegated(u, m.Start, m.Length))) return true;
        return SignalLexicon.Breath.Matches(u).Any(breath =>
            NearbyInClause(u, SignalLexicon.BreathingDifficulty, breath.Start, breath.Length)
                .Any(difficulty => !IsNegatedSpan(u, breath.Start, difficulty)));
    }

    private static bool CoughingBlood(Utterance u)
    {
        if (SignalLexicon.CoughBloodWords.Matches(u).Any(m => !NegationScope.IsNegated(u, m.Start, m.Length))) return true;
        return SignalLexicon.Blood.Matches(u).Any(blood =>
            NearbyInClause(u, SignalLexicon.CoughOrSpit, blood.Start, blood.Length)
                .Any(cough => !IsNegatedSpan(u, blood.Start, cough)));
    }

    // A two-word finding ("chest … pain") is negated as one span, from its first word to its last.
    private static bool IsNegatedSpan(Utterance u, int a, int b) =>
        NegationScope.IsNegated(u, Math.Min(a, b), Math.Abs(a - b) + 1);

    /// <summary>
    /// Pain words (or other signs of a clot next to a leg word) that are not negated and not about another body part ("headache" is not a pain word; "my back
    /// hurts" is another body part). Pain with no body part at all counts: this is a leg-cramp bot.
    /// </summary>
    private static bool HasLegPain(Utterance u, bool legMentioned)
    {
        var notSymptom = SignalLexicon.PainNotSymptom.Matches(u).ToList();
        foreach (var (start, length) in SignalLexicon.Pain.Matches(u))
        {
            if (NegationScope.IsNegated(u, start, length)) continue;
            if (notSymptom.Any(n => start >= n.Start && start < n.Start + n.Length)) continue;
            var otherPart = NearbyInClause(u, SignalLexicon.OtherBodyPart, start, length).Any();
            var legPart = NearbyInClause(u, SignalLexicon.Leg, start, length).Any();
            if (legPart || (!otherPart && (legMentioned || !SignalLexicon.OtherBodyPart.IsIn(u)))) return true;
        }

        var otherSign = SignalLexicon.LegOnlySymptom.Matches(u).Any(m =>
            !NegationScope.IsNegated(u, m.Start, m.Length) && NearbyInClause(u, SignalLexicon.Leg, m.Start, m.Length).Any());
        return otherSign || SuspectsClot(u);
    }

    // "I think I've got a clot in my leg": a report about oneself, not a question about clots in general.
    private static bool SuspectsClot(Utterance u) =>
        SignalLexicon.FirstPerson.IsIn(u) && !ClinicalSignalDetector.IsQuestionLike(u) &&
        SignalLexicon.Clot.Matches(u).Any(m => !NegationScope.IsNegated(u, m.Start, m.Length));

    /// <summary>Any positive mention wins over a negated one: "not swollen this morning, swollen now" is swollen.</summary>
    private static SwellingStatus SwellingIn(Utterance u, bool legMentioned)
    {
        var status = SwellingStatus.NotMentioned;
        foreach (var (start, length) in SignalLexicon.Swelling.Matches(u))
        {
            var otherPart = NearbyInClause(u, SignalLexicon.OtherBodyPart, start, length).Any();
            var legPart = NearbyInClause(u, SignalLexicon.Leg, start, length).Any();
            if (otherPart && !legPart && !legMentioned) continue;

            var mention = NegationScope.IsHedged(u, start, length) ? SwellingStatus.NotSure
                : NegationScope.IsNegated(u, start, length) ? SwellingStatus.Absent
                : SwellingStatus.Present;
            status = Stronger(status, mention);
        }

        return status;
    }

    private static SwellingStatus Stronger(SwellingStatus a, SwellingStatus b)
    {
        static int Rank(SwellingStatus s) => s switch
        {
            SwellingStatus.Present => 3,
            SwellingStatus.NotSure => 2,
            SwellingStatus.Absent => 1,
            _ => 0,
        };
        return Rank(b) > Rank(a) ? b : a;
    }

    /// <summary>
    /// Start indexes of the set's words within <see cref="Near"/> words of the span, in the same sentence. A word
    /// followed by "of" only names a place ("the back of my leg"), so it does not count.
    /// </summary>
    private static IEnumerable<int> NearbyInClause(Utterance u, PhraseSet set, int start, int length) =>
        set.Matches(u)
            .Where(m => m.Start + m.Length >= u.Count || u.Canon[m.Start + m.Length] != "of")
            .Where(m => m.Start + m.Length <= start ? start - (m.Start + m.Length) < Near : m.Start - (start + length) < Near)
            .Where(m => m.Start != start)
            .Where(m => !BoundaryBetween(u, Math.Min(m.Start, start), Math.Max(m.Start, start)))
            .Select(m => m.Start);

    private static bool BoundaryBetween(Utterance u, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (u.IsBoundary(i)) return true;
        }

        return false;
    }
}
