namespace CrampBot.Understanding;

/// <summary>
/// Corrects typos towards the recognizer's own vocabulary. Careful with short words: three letters or fewer are never
/// corrected, four or five letters allow one edit, longer words two (the second only when the first letter is right,
/// as typos rarely hit it). Known words, everyday words included, are never changed, so "half" stays "half".
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinSplitPart = 3;
    private readonly HashSet<string> _known;
    private readonly string[] _targets;

    public SpellingCorrector(IEnumerable<string> domainWords)
    {
        var domain = domainWords.Where(w => w.Length > 0 && !TextNormalizer.IsBoundary(w)).ToHashSet(StringComparer.Ordinal);
        _known = [.. domain, .. CommonWords.All];
        _targets = [.. domain.Where(w => w.Length >= 4 && w.All(char.IsLetter)).Order(StringComparer.Ordinal)];
    }

    public bool IsKnown(string word) => _known.Contains(word);

    /// <summary>Splits run-together words ("chestpain") into known words; otherwise returns the word.</summary>
    public IEnumerable<string> Split(string word)
    {
        if (word.Length < 2 * MinSplitPart + 1 || _known.Contains(word) || !word.All(char.IsLetter))
        {
            return [word];
        }

        for (var cut = MinSplitPart; cut <= word.Length - MinSplitPart; cut++)
        {
            var left = word[..cut];
            var right = word[cut..];
            if (IsKnownOrPlural(left) && IsKnownOrPlural(right))
            {
                return [left, right];
            }
        }

        return [word];
    }

    public string Correct(string word)
    {
        if (word.Length <= 3 || _known.Contains(word) || !word.All(char.IsLetter))
        {
            return word;
        }

        var max = word.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = max + 1;
        foreach (var target in _targets)
        {
            var distance = EditDistance.Compute(word, target, max);
            if (distance == 2 && target[0] != word[0])
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && best is not null && Better(word, target, best)))
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best ?? word;
    }

    private bool IsKnownOrPlural(string part) =>
        _known.Contains(part) || (part.EndsWith('s') && _known.Contains(part[..^1]));

    // Among equally distant words prefer the same first letter, then more shared letter pairs ("morfine" is nearer
    // "morphine" than "morning"), then the closer length.
    private static bool Better(string word, string candidate, string current)
    {
        var candidateFirst = candidate[0] == word[0];
        var currentFirst = current[0] == word[0];
        if (candidateFirst != currentFirst)
        {
            return candidateFirst;
        }

        var candidatePairs = SharedPairs(word, candidate);
        var currentPairs = SharedPairs(word, current);
        if (candidatePairs != currentPairs)
        {
            return candidatePairs > currentPairs;
        }

        return Math.Abs(candidate.Length - word.Length) < Math.Abs(current.Length - word.Length);
    }

    private static int SharedPairs(string a, string b)
    {
        var pairs = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, a.Length - 1).Count(i => pairs.Contains(a.Substring(i, 2)));
    }
}
