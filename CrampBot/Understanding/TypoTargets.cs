using System.Runtime.Intrinsics;

namespace CrampBot.Understanding;

/// <summary>
/// Words a typo may be corrected into, indexed so a misspelt word is compared only with those that can be within
/// reach: the targets of its first letter whose length is within two of its own and whose letters differ by few
/// enough (one edit changes at most two letter counts), and the few of another first letter one edit at the start
/// away ("vcalf" → "calf"), found by look-up. A search costs the same whatever the vocabulary's size.
/// </summary>
internal sealed class TypoTargets
{
    /// <summary>The most edits any correction makes.</summary>
    public const int MaxEdits = 2;

    private readonly string[] _targets;
    private readonly Vector256<byte>[] _letterCounts;
    private readonly Dictionary<(char First, int Length), int[]> _byFirstAndLength = [];
    private readonly Dictionary<string, int[]> _byTail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);

    /// <param name="targets">Words of letters only, four or more of them.</param>
    public TypoTargets(IEnumerable<string> targets)
    {
        _targets = [.. targets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _letterCounts = [.. _targets.Select(LetterCounts)];
        LongestTarget = _targets.Length == 0 ? 0 : _targets.Max(t => t.Length);
        for (var i = 0; i < _targets.Length; i++)
        {
            _indexOf[_targets[i]] = i;
        }

        foreach (var group in Enumerable.Range(0, _targets.Length).GroupBy(i => _targets[i][0]))
        {
            for (var length = 1; length <= LongestTarget + MaxEdits; length++)
            {
                _byFirstAndLength[(group.Key, length)] = [.. group.Where(i => Math.Abs(_targets[i].Length - length) <= MaxEdits)];
            }
        }

        foreach (var group in Enumerable.Range(0, _targets.Length).GroupBy(i => _targets[i][1..], StringComparer.Ordinal))
        {
            _byTail[group.Key] = [.. group];
        }
    }

    public int LongestTarget { get; }

    /// <summary>
    /// The target nearest the word within <paramref name="maxEdits"/> (two edits only with the same first letter),
    /// ties broken by <paramref name="better"/> in ordinal order of the targets; null when none is in reach.
    /// </summary>
    public string? Nearest(string word, int maxEdits, Func<string, string, bool> better)
    {
        string? best = null;
        var bestDistance = maxEdits + 1;
        foreach (var target in InReach(word, maxEdits))
        {
            var distance = EditDistance.Compute(word, target, maxEdits);
            if (distance == 2 && target[0] != word[0])
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && best is not null && better(target, best)))
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when some target is within <paramref name="maxEdits"/> of the word (two only with the same first letter).</summary>
    public bool AnyNear(string word, int maxEdits) =>
        InReach(word, maxEdits).Any(target => EditDistance.Compute(word, target, maxEdits) is var distance &&
            distance <= maxEdits && (distance < 2 || target[0] == word[0]));

    /// <summary>Every target that can be within reach, in ordinal order (a superset: the caller measures the distance).</summary>
    private List<string> InReach(string word, int maxEdits)
    {
        var counts = LetterCounts(word);
        var found = new List<int>();
        foreach (var i in _byFirstAndLength.GetValueOrDefault((word[0], word.Length), []))
        {
            if (LetterDifference(counts, _letterCounts[i]) <= 2 * maxEdits)
            {
                found.Add(i);
            }
        }

        // A different first letter leaves one edit, and it is at the start: replaced, added, dropped, or swapped with
        // the second letter. (These four never find the same target twice: their lengths or second letters differ.)
        var sameFirst = found.Count;
        void AddOtherFirst(int i)
        {
            if (_targets[i][0] != word[0])
            {
                found.Add(i);
            }
        }

        var tail = word[1..];
        Array.ForEach(_byTail.GetValueOrDefault(tail, []), AddOtherFirst);
        Array.ForEach(_byTail.GetValueOrDefault(word, []), AddOtherFirst);
        if (_indexOf.TryGetValue(tail, out var dropped))
        {
            AddOtherFirst(dropped);
        }

        if (_indexOf.TryGetValue(string.Concat(word.AsSpan(1, 1), word.AsSpan(0, 1), word.AsSpan(2)), out var swapped))
        {
            AddOtherFirst(swapped);
        }

        if (found.Count > sameFirst)
        {
            found.Sort();
        }

        return found.ConvertAll(i => _targets[i]);
    }

    // How many of each letter: a-z, then everything else in one count (a lower bound of the edits either way).
    private static Vector256<byte> LetterCounts(string word)
    {
        Span<byte> counts = stackalloc byte[32];
        foreach (var c in word)
        {
            var slot = c is >= 'a' and <= 'z' ? c - 'a' : 26;
            counts[slot] = (byte)Math.Min(counts[slot] + 1, byte.MaxValue);
        }

        return Vector256.Create<byte>(counts);
    }

    // Letters in one word and not the other, both ways: each edit adds at most two (a replacement), so a word more
    // than 2 × edits away in letters is more than that many edits away.
    private static int LetterDifference(Vector256<byte> a, Vector256<byte> b)
    {
        var difference = Vector256.Max(a, b) - Vector256.Min(a, b);
        var (low, high) = Vector256.Widen(difference);
        return Vector256.Sum(low + high);
    }
}
