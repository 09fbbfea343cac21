using System.Collections;

namespace CrampBot.Understanding;

/// <summary>
/// Where one phrase set occurs in one utterance: (start, length) in order of start, then of the phrase in its set.
/// Checks near a mention ("a denial just before it", "a leg word in its clause") look up a range by binary search
/// instead of scanning every mention, so the red-flag check of a long message stays linear.
/// </summary>
internal sealed class PhraseMatches : IReadOnlyList<(int Start, int Length)>
{
    private readonly (int Start, int Length)[] _items;

    /// <param name="items">Sorted by start.</param>
    public PhraseMatches((int Start, int Length)[] items)
    {
        _items = items;
        foreach (var (_, length) in items)
        {
            MaxLength = Math.Max(MaxLength, length);
        }
    }

    public static PhraseMatches None { get; } = new([]);

    /// <summary>The longest match, in tokens (0 when there is none).</summary>
    public int MaxLength { get; }

    public int Count => _items.Length;

    public (int Start, int Length) this[int index] => _items[index];

    /// <summary>The matches that start at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public ArraySegment<(int Start, int Length)> StartingIn(int from, int to)
    {
        var first = FirstStartingAtOrAfter(from);
        var end = Math.Max(first, FirstStartingAtOrAfter(to));
        return new ArraySegment<(int Start, int Length)>(_items, first, end - first);
    }

    public bool AnyStartingIn(int from, int to) => StartingIn(from, to).Count > 0;

    public bool StartsAt(int index) => AnyStartingIn(index, index + 1);

    /// <summary>The matches that share a token with the span.</summary>
    public IEnumerable<(int Start, int Length)> Overlapping(int start, int length) =>
        StartingIn(start - MaxLength + 1, start + length).Where(m => m.Start + m.Length > start);

    public IEnumerator<(int Start, int Length)> GetEnumerator() => ((IEnumerable<(int Start, int Length)>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int FirstStartingAtOrAfter(int index)
    {
        int low = 0, high = _items.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_items[middle].Start < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
