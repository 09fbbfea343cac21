namespace CrampBot.Understanding;

/// <summary>Finds the mentions of one message's signs that are not plainly denied.</summary>
internal sealed class SignFinder
{
    private const int ClauseReach = 6;
    private const int NearReach = 3;
    private readonly Utterance _u;
    private readonly Denial _denial;
    private readonly bool _legMentioned;
    private readonly bool _otherBodyPartMentioned;

    public SignFinder(Utterance u)
    {
        _u = u;
        _denial = new Denial(u, ListWords(u));
        _legMentioned = SignalLexicon.Leg.IsIn(u);
        _otherBodyPartMentioned = SignalLexicon.OtherBodyPart.IsIn(u);
    }

    public Denial Denial => _denial;

    /// <summary>True when the pattern is mentioned and not plainly denied.</summary>
    /// <param name="pattern">The sign.</param>
    /// <param name="answersALegQuestion">The message answers a question about the leg, so "it's red" is about the leg.</param>
    public bool IsMentioned(SignPattern pattern, bool answersALegQuestion = false)
    {
        var notThis = pattern.NotThis.Matches(_u);
        bool Usable((int Start, int Length) m) =>
            !notThis.Overlapping(m.Start, m.Length).Any() && (!pattern.AboutTheLeg || IsAboutTheLeg(m, answersALegQuestion));

        foreach (var m in pattern.Phrases.Matches(_u))
        {
            if (Usable(m) && !_denial.IsPlain(m.Start, m.Length))
            {
                return true;
            }
        }

        foreach (var compound in pattern.Compounds)
        {
            // The modifiers that count wherever they are, found once per compound rather than once per anchor.
            PhraseMatches? counted = null;
            foreach (var anchor in compound.Anchor.Matches(_u))
            {
                if (!Usable(anchor) || _denial.IsPlain(anchor.Start, anchor.Length) || _denial.IsSaidToBeFine(anchor.Start, anchor.Length))
                {
                    continue;
                }

                counted ??= new PhraseMatches([.. compound.Modifier.Matches(_u).Where(m => Usable(m) && !_denial.IsPlain(m.Start, m.Length))]);
                if (Candidates(counted, anchor, compound.Reach).Any(m => !Overlaps(m, anchor) && InReach(anchor, m, compound.Reach)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The matches that can be within reach of the span: a few words either side, its sentence, or all.</summary>
    private ArraySegment<(int Start, int Length)> Candidates(PhraseMatches matches, (int Start, int Length) m, SignReach reach) => reach switch
    {
        SignReach.Near or SignReach.Clause => matches.StartingIn(m.Start - ClauseReach - matches.MaxLength, m.Start + m.Length + ClauseReach + 1),
        SignReach.Sentence => matches.StartingIn(_u.SentenceStart(m.Start), _u.SentenceEnd(m.Start + m.Length)),
        _ => matches.StartingIn(0, _u.Count),
    };

    /// <summary>
    /// "red", "hot", "throbbing" mean a leg sign when the leg is the subject: a leg word in the same sentence, or no
    /// other body part anywhere (this is a leg-cramp bot), or an answer to a question about the leg; never when
    /// another body part is the nearer subject ("my face is red").
    /// </summary>
    private bool IsAboutTheLeg((int Start, int Length) m, bool answersALegQuestion)
    {
        if (NearInClause(SignalLexicon.OtherBodyPart, m) && !NearInClause(SignalLexicon.Leg, m))
        {
            return false;
        }

        return answersALegQuestion || !_otherBodyPartMentioned || InSameSentence(SignalLexicon.Leg, m) ||
               InSameSentence(SignalLexicon.Skin, m) ||
               (_legMentioned && !NearInClause(SignalLexicon.OtherBodyPart, m));
    }

    private bool NearInClause(PhraseSet set, (int Start, int Length) m) =>
        Candidates(set.Matches(_u), m, SignReach.Clause).Any(o => !Overlaps(o, m) && InReach(o, m, SignReach.Clause));

    private bool InSameSentence(PhraseSet set, (int Start, int Length) m) =>
        Candidates(set.Matches(_u), m, SignReach.Sentence).Any(o => InReach(o, m, SignReach.Sentence));

    private bool InReach((int Start, int Length) a, (int Start, int Length) b, SignReach reach)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        var gap = second.Start - (first.Start + first.Length);
        if (reach == SignReach.Message)
        {
            return true;
        }

        // A clause reach ends within ClauseReach words (NearReach when near); a sentence reach at the sentence end.
        var inClause = reach is SignReach.Near or SignReach.Clause;
        if (inClause && gap > (reach == SignReach.Near ? NearReach : ClauseReach))
        {
            return false;
        }

        for (var i = first.Start + first.Length; i < second.Start && inClause; i++)
        {
            if (_u.IsBoundary(i))
            {
                return false;
            }
        }

        return reach != SignReach.Sentence || first.Start + first.Length >= second.Start ||
               _u.SentenceEnd(first.Start + first.Length) >= second.Start;
    }

    private static bool Overlaps((int Start, int Length) a, (int Start, int Length) b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    // The words a denial may list ("no chest pain, breathlessness or cough"): symptoms and body parts, not the verbs
    // that join them ("can't", "stop"), so "no pain, can't breathe" is never read as one list.
    private static bool[] ListWords(Utterance u)
    {
        var mask = new bool[u.Count];
        foreach (var set in ListSets)
        {
            foreach (var (start, length) in set.Matches(u))
            {
                for (var i = start; i < start + length; i++)
                {
                    mask[i] = true;
                }
            }
        }

        return mask;
    }

    private static readonly PhraseSet[] ListSets =
    [
        SignalLexicon.Leg, SignalLexicon.Pain, SignalLexicon.Swelling, SignalLexicon.LegOnlySymptom,
        .. EmergencySignLexicon.All.Select(s => s.Pattern).Concat(DvtSignLexicon.All.Select(s => s.Pattern))
            .SelectMany(p => p.Compounds.Select(c => c.Anchor).Append(p.Phrases)),
    ];
}
