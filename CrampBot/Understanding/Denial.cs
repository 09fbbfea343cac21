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

    // Runs the checks below walk through, found once per message so a check costs the same at any length: where the
    // scope of a denial cue starts, the last token that is not a list word, and where a list or an answer's tail ends.
    private int[]? _scopeStart;
    private int[]? _lastNotListWord;
    private int[]? _listEnd;
    private int[]? _bareNoTailEnd;

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
        SignalLexicon.DenialCue.ContainsToken(_u.Canon[i]) || SignalLexicon.DenialCue.Matches(_u).StartsAt(i);

    // A doubt or another negative earlier in the clause: "can't walk without …", "not sure there's no …". The scope
    // reaches back to the clause start or the last scope breaker ("but").
    private bool IsUndoneBefore(int cue)
    {
        _scopeStart ??= RunStarts(i => _u.IsBoundary(i) || SignalLexicon.ScopeBreaker.ContainsToken(_u.Canon[i]));
        var from = _scopeStart[cue];
        return SignalLexicon.DenialUndoer.Matches(_u).AnyStartingIn(from, cue) ||
               SignalLexicon.Hedge.Matches(_u).AnyStartingIn(from, cue);
    }

    private bool IsEmphasisedAfter(int end)
    {
        var widening = SignalLexicon.DenialWidening.Matches(_u);
        return SignalLexicon.DenialEmphasis.Matches(_u).StartingIn(end, _u.ClauseEnd(end))
            .Any(m => !widening.Overlapping(m.Start, m.Length).Any());
    }

    // For each index, the index just after the last token before it where stop holds (0 when there is none).
    private int[] RunStarts(Func<int, bool> stop)
    {
        var starts = new int[_u.Count + 1];
        for (var i = 1; i <= _u.Count; i++)
        {
            starts[i] = stop(i - 1) ? i : starts[i - 1];
        }

        return starts;
    }

    // For each index, the first index at or after it where keepGoing fails (Count when there is none).
    private int[] RunEnds(Func<int, bool> keepGoing)
    {
        var ends = new int[_u.Count + 1];
        ends[_u.Count] = _u.Count;
        for (var i = _u.Count - 1; i >= 0; i--)
        {
            ends[i] = keepGoing(i) ? ends[i + 1] : i;
        }

        return ends;
    }

    // "chest pain? no", "swelling - none", "breathless: not at all"; only for a bare mention ("I have chest pain. No." is
    // not a denial).
    private bool IsAnsweredNo(int start, int end)
    {
        // Only list words since the clause start: the last token that is not one is a boundary, or there is none.
        // (A boundary is never a list word.)
        _lastNotListWord ??= RunStarts(k => !_listWord[k]);
        var lastNotListWord = _lastNotListWord[start] - 1;
        if (lastNotListWord >= 0 && !_u.IsBoundary(lastNotListWord))
        {
            return false;
        }

        // Past the rest of a list ("swelling, redness, heat - none of that") to the answer.
        _listEnd ??= RunEnds(k => _u.Canon[k] == TextNormalizer.Comma || _listWord[k] || _u.Canon[k] is "or" or "and");
        var i = _listEnd[end];
        if (i < _u.Count && _u.IsBoundary(i))
        {
            i++;
        }

        if (i >= _u.Count || !SignalLexicon.BareNo.ContainsToken(_u.Canon[i]))
        {
            return false;
        }

        _bareNoTailEnd ??= RunEnds(k => !_u.IsBoundary(k) && SignalLexicon.BareNoTail.ContainsToken(_u.Canon[k]));
        i = _bareNoTailEnd[i + 1];
        return i == _u.Count || _u.IsBoundary(i);
    }
}
