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
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byTail;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexOf;

    /// <param name="targets">Words of letters only, four or more of them.</param>
    public TypoTargets(IEnumerable<string> targets)
    {
        _targets = [.. targets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _letterCounts = [.. _targets.Select(LetterCounts)];
        LongestTarget = _targets.Length == 0 ? 0 : _targets.Max(t => t.Length);
        var indexes = Enumerable.Range(0, _targets.Length).ToArray();
        foreach (var group in indexes.GroupBy(i => _targets[i][0]))
        {
            for (var length = 1; length <= LongestTarget + MaxEdits; length++)
            {
                _byFirstAndLength[(group.Key, length)] = [.. group.Where(i => Math.Abs(_targets[i].Length - length) <= MaxEdits)];
            }
        }

        _byTail = indexes.GroupBy(i => _targets[i][1..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _indexOf = indexes.ToDictionary(i => _targets[i], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int LongestTarget { get; }

    /// <summary>
    /// The target nearest the word within <paramref name="maxEdits"/> (two edits only with the same first letter);
    /// among equally near ones, in ordinal order, <paramref name="better"/>(word, candidate, best so far) decides.
    /// Null when none is in reach.
    /// </summary>
    public string? Nearest(string word, int maxEdits, Func<string, string, string, bool> better)
    {
        string? best = null;
        var bestDistance = maxEdits + 1;
        foreach (var i in InReach(word, maxEdits))
        {
            var target = _targets[i];
            var distance = EditDistance.Compute(word, target, maxEdits);
            if (distance == 2 && target[0] != word[0])
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && best is not null && better(word, target, best)))
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when some target is within <paramref name="maxEdits"/> of the word (two only with the same first letter).</summary>
    public bool AnyNear(string word, int maxEdits)
    {
        foreach (var i in InReach(word, maxEdits))
        {
            var distance = EditDistance.Compute(word, _targets[i], maxEdits);
            if (distance <= maxEdits && (distance < 2 || _targets[i][0] == word[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every target that can be within reach, by index in ordinal order (a superset: the caller measures).</summary>
    private List<int> InReach(string word, int maxEdits)
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
        var tail = word.AsSpan(1);
        AddOtherFirst(word, found, _byTail.TryGetValue(tail, out var replaced) ? replaced : []);
        AddOtherFirst(word, found, _byTail.TryGetValue(word, out var added) ? added : []);
        if (_indexOf.TryGetValue(tail, out var dropped))
        {
            AddOtherFirst(word, found, [dropped]);
        }

        Span<char> swapped = stackalloc char[word.Length];
        word.AsSpan().CopyTo(swapped);
        (swapped[0], swapped[1]) = (swapped[1], swapped[0]);
        if (_indexOf.TryGetValue(swapped, out var swap))
        {
            AddOtherFirst(word, found, [swap]);
        }

        if (found.Count > sameFirst)
        {
            found.Sort();
        }

        return found;
    }

    private void AddOtherFirst(string word, List<int> found, ReadOnlySpan<int> targets)
    {
        foreach (var i in targets)
        {
            if (_targets[i][0] != word[0])
            {
                found.Add(i);
            }
        }
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
