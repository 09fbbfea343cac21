namespace CrampBot.Understanding;

/// <summary>
/// Decides whether a mention of a symptom is a plain denial of having it: "no chest pain", "I'm not short of breath",
/// "I haven't got any swelling", "chest pain? no", "my chest is fine". Anything less plain counts as a mention,
/// because a missed emergency costs far more than an unneeded sentence of advice:
/// <list type="bullet">
/// <item>only denial words deny ("never", "can't", "nothing" do not: "never had pain like this");</item>
/// <item>only filler words may stand between the denial and the symptom ("don't know why my chest hurts" is not a
/// denial);</item>
/// <item>a doubt or a second negative before the denial undoes it ("can't walk without getting breathless");</item>
/// <item>an emphasis after the symptom undoes it ("no chest pain like this before").</item>
/// </list>
/// </summary>
internal sealed class Denial
{
    private const int MaxReach = 8;
    private readonly Utterance _u;
    private readonly bool[] _listWord;

    /// <param name="u">The message.</param>
    /// <param name="listWord">True at the words of any symptom or body part: a denial runs through a list of them
    /// ("no chest pain or breathlessness").</param>
    public Denial(Utterance u, bool[] listWord)
    {
        _u = u;
        _listWord = listWord;
    }

    public bool IsPlain(int start, int length) =>
        (IsDeniedBefore(start, start + length) && !IsEmphasisedAfter(start + length)) || IsAnsweredNo(start, start + length);

    /// <summary>
    /// "my chest is fine", "breathing normal": a body part said to be well; never when a negative comes before it in the
    /// clause ("I can't breathe well", "I no can breathe good").
    /// </summary>
    public bool IsSaidToBeFine(int start, int length)
    {
        if (IsNegatedBefore(start))
        {
            return false;
        }

        var i = start + length;
        var links = 0;
        while (i < _u.Count && !_u.IsBoundary(i) && SignalLexicon.IsFineLink.ContainsToken(_u.Canon[i]) && links < 3)
        {
            i++;
            links++;
        }

        return i < _u.Count && !_u.IsBoundary(i) && SignalLexicon.IsFine.ContainsToken(_u.Canon[i]);
    }

    private bool IsNegatedBefore(int start)
    {
        var from = start;
        while (from > 0 && !_u.IsBoundary(from - 1))
        {
            from--;
        }

        return SignalLexicon.DenialCue.Matches(_u).Any(m => m.Start >= from && m.Start < start) ||
               SignalLexicon.DenialUndoer.Matches(_u).Any(m => m.Start >= from && m.Start < start);
    }

    private bool IsDeniedBefore(int start, int end)
    {
        // A denial reaches through a comma only inside an "or" list: "no chest pain, breathlessness or cough". Without
        // the "or", "no leg pain, breathless" may well mean "but breathless": the safe reading is a mention.
        var inOrList = end < _u.Count && _u.Canon[end] is "or" or "nor";
        var onlyListWordsSinceComma = true;
        var seen = 0;
        for (var i = start - 1; i >= 0 && seen < MaxReach; i--)
        {
            var token = _u.Canon[i];
            if (token == TextNormalizer.Boundary)
            {
                return false;
            }

            if (token == TextNormalizer.Comma)
            {
                if (!onlyListWordsSinceComma || !inOrList)
                {
                    return false;
                }

                continue;
            }
            if (IsCueAt(i))
            {
                return !IsUndoneBefore(i);
            }

            if (SignalLexicon.ScopeBreaker.ContainsToken(token) && !_listWord[i])
            {
                return false;
            }

            var isOr = token is "or" or "nor";
            var isListWord = _listWord[i] || isOr;
            if (!isListWord && !SignalLexicon.DenialFiller.ContainsToken(token))
            {
                return false;
            }

            onlyListWordsSinceComma &= isListWord;
            inOrList |= isOr;
            seen++;
        }

        return false;
    }

    private bool IsCueAt(int i) =>
        SignalLexicon.DenialCue.ContainsToken(_u.Canon[i]) || SignalLexicon.DenialCue.Matches(_u).Any(m => m.Start == i);

    // A doubt or another negative earlier in the clause: "can't walk without …", "not sure there's no …".
    private bool IsUndoneBefore(int cue)
    {
        var from = cue;
        while (from > 0 && !_u.IsBoundary(from - 1) && !SignalLexicon.ScopeBreaker.ContainsToken(_u.Canon[from - 1]))
        {
            from--;
        }

        return SignalLexicon.DenialUndoer.Matches(_u).Any(m => m.Start >= from && m.Start < cue) ||
               SignalLexicon.Hedge.Matches(_u).Any(m => m.Start >= from && m.Start < cue);
    }

    private bool IsEmphasisedAfter(int end)
    {
        var to = end;
        while (to < _u.Count && !_u.IsBoundary(to))
        {
            to++;
        }

        return SignalLexicon.DenialEmphasis.Matches(_u).Any(m => m.Start >= end && m.Start < to);
    }

    // "chest pain? no", "swelling - none", "breathless: not at all"; only for a bare mention ("I have chest pain. No." is
    // not a denial).
    private bool IsAnsweredNo(int start, int end)
    {
        for (var k = start - 1; k >= 0 && !_u.IsBoundary(k); k--)
        {
            if (!_listWord[k])
            {
                return false;
            }
        }

        // Past the rest of a list ("swelling, redness, heat - none of that") to the answer.
        var i = end;
        while (i < _u.Count && (_u.Canon[i] == TextNormalizer.Comma || _listWord[i] || _u.Canon[i] is "or" or "and"))
        {
            i++;
        }

        if (i < _u.Count && _u.IsBoundary(i))
        {
            i++;
        }

        if (i >= _u.Count || !SignalLexicon.BareNo.ContainsToken(_u.Canon[i]))
        {
            return false;
        }

        i++;
        while (i < _u.Count && !_u.IsBoundary(i) && SignalLexicon.BareNoTail.ContainsToken(_u.Canon[i]))
        {
            i++;
        }

        return i == _u.Count || _u.IsBoundary(i);
    }
}
