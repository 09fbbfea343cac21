using System.Globalization;

namespace CrampBot.Dialogs.Choices;

/// <summary>
/// Finds which choice the user meant: an exact value, action title or synonym; a number ("2") or ordinal ("the
/// second one", "2nd", "last"); else the best partial match, tolerating small typos. Two equally good different
/// choices count as no match: better to ask again than to guess.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "the", "one", "option", "choice", "number", "please", "its", "it", "is" };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3,
        ["fourth"] = 4, ["4th"] = 4, ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6,
        ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8, ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>The choice meant by <paramref name="text"/>, or null.</summary>
    /// <param name="text">What the user typed (or the card tap's text).</param>
    /// <param name="choices">The offered choices, in display order.</param>
    /// <param name="recognizeNumbers">Whether "2" and "second" pick by position.</param>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, bool recognizeNumbers = true)
    {
        var typed = TextTokens.Split(text);
        if (typed.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        return FindExact(typed, choices)
            ?? (recognizeNumbers ? FindByPosition(typed, choices) : null)
            ?? FindClosest(typed, choices);
    }

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { } title)
        {
            yield return title;
        }
        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static FoundChoice? FindExact(string[] typed, IReadOnlyList<Choice> choices)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var candidate in Candidates(choices[index]))
            {
                if (TextTokens.Split(candidate).SequenceEqual(typed))
                {
                    return Found(choices, index, 1.0, candidate);
                }
            }
        }
        return null;
    }

    private static FoundChoice? FindByPosition(string[] typed, IReadOnlyList<Choice> choices)
    {
        var meaningful = typed.Length == 1 ? typed : typed.Where(token => !Fillers.Contains(token)).ToArray();
        if (meaningful.Length != 1)
        {
            return null;
        }
        var token = meaningful[0];
        int? position = token == "last" ? choices.Count
            : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : Ordinals.TryGetValue(token, out var ordinal) ? ordinal
            : typed.Length == 1 && token == "one" ? 1
            : null;
        return position is >= 1 && position <= choices.Count ? Found(choices, position.Value - 1, 1.0, token) : null;
    }

    private static FoundChoice? FindClosest(string[] typed, IReadOnlyList<Choice> choices)
    {
        var matches = new List<(FoundChoice Found, HashSet<int> Words)>();
        for (var index = 0; index < choices.Count; index++)
        {
            (FoundChoice Found, HashSet<int> Words)? bestOfChoice = null;
            foreach (var candidate in Candidates(choices[index]))
            {
                if (Match(typed, TextTokens.Split(candidate)) is { } match && match.Score > (bestOfChoice?.Found.Score ?? 0))
                {
                    bestOfChoice = (Found(choices, index, match.Score, candidate), match.Words);
                }
            }
            if (bestOfChoice is { } found)
            {
                matches.Add(found);
            }
        }
        if (matches.Count == 0)
        {
            return null;
        }
        var best = matches.MaxBy(m => m.Found.Score);
        // Another choice named in words the best match does not explain ("calf at night") means the user named two.
        var ambiguous = matches.Any(m => m.Found.Index != best.Found.Index
            && (m.Found.Score == best.Found.Score || !m.Words.IsSubsetOf(best.Words)));
        return ambiguous ? null : best.Found;
    }

    /// <summary>
    /// Null when <paramref name="candidate"/> is not in <paramref name="typed"/>; else a score, higher the more of the
    /// input it covers and lower per typo, and the input words it used. The whole input spelled together is also
    /// compared, so "nightime" finds "night time".
    /// </summary>
    private static (double Score, HashSet<int> Words)? Match(string[] typed, string[] candidate)
    {
        if (candidate.Length == 0)
        {
            return null;
        }
        if (TextTokens.Closeness(string.Concat(typed), string.Concat(candidate)) is { } wholeTypos)
        {
            return (Rounded(0.95 - (0.05 * wholeTypos)), [.. Enumerable.Range(0, typed.Length)]);
        }
        var typos = 0;
        var position = 0;
        var words = new HashSet<int>();
        foreach (var word in candidate)
        {
            int? closeness = null;
            while (position < typed.Length && closeness is null)
            {
                closeness = TextTokens.Closeness(typed[position], word);
                position++;
            }
            if (closeness is null)
            {
                return null;
            }
            typos += closeness.Value;
            words.Add(position - 1);
        }
        var coverage = (double)candidate.Length / typed.Length;
        return (Rounded(0.4 + (0.5 * coverage) - (0.05 * typos)), words);
    }

    private static double Rounded(double score) => Math.Round(Math.Max(0.1, score), 2);

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index, double score, string synonym) =>
        new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };
}
