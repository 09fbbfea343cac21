using CrampBot.Dialogs.Choices;

namespace CrampBot.Dialogs.Prompts;

/// <summary>
/// Reads yes or no from English phrases, case- and punctuation-insensitive. Words are matched exactly (no typo
/// tolerance: "note" must not become "nope"), the longest phrase first, so "I do not" is not "I do".
/// A hedged answer anywhere in the message ("not sure", "not really", "dunno", "I don't think so", "I think so",
/// "maybe", "probably") is neither: a generic prompt cannot know which way doubt should count, so it asks again (an
/// app that knows, like a triage question where "not sure" counts as yes, reads doubt itself). Mixed answers
/// ("yes and no") are not recognised either.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[] YesPhrases =
    [
        "y", "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "correct", "right", "true", "affirmative",
        "absolutely", "definitely", "certainly", "indeed", "of course", "yes please", "i do", "i have", "it does", "thats right",
    ];

    private static readonly string[] NoPhrases =
    [
        "n", "no", "nope", "nah", "no thanks", "no thank you", "never", "negative", "false", "not at all",
        "i dont", "i do not", "i havent", "i have not", "it doesnt", "it does not", "incorrect", "wrong",
        "not right", "not correct", "not true", "of course not", "absolutely not", "definitely not", "certainly not",
    ];

    private static readonly string[] HedgePhrases =
    [
        "not sure", "unsure", "not certain", "maybe", "perhaps", "possibly", "probably", "might", "could be",
        "dont know", "do not know", "dunno", "idk", "no idea", "hard to say", "cant say", "cant tell",
        "not really", "not exactly", "not quite", "dont think", "do not think", "i think", "think so",
        "i guess", "i suppose", "i believe", "kind of", "kinda", "sort of", "sorta",
    ];

    private static readonly string[][] Hedges = [.. HedgePhrases.Select(TextTokens.Split)];

    private static readonly (string[] Words, bool Meaning)[] Phrases =
    [
        .. YesPhrases.Select(phrase => (TextTokens.Split(phrase), true)),
        .. NoPhrases.Select(phrase => (TextTokens.Split(phrase), false)),
    ];

    /// <summary>True for yes, false for no, null when unclear, mixed or hedged.</summary>
    public static bool? Recognize(string? text)
    {
        var words = TextTokens.Split(text);
        if (Hedges.Any(hedge => words.AsSpan().IndexOf(hedge) >= 0))
        {
            return null;
        }
        var sawYes = false;
        var sawNo = false;
        for (var position = 0; position < words.Length;)
        {
            var match = LongestPhraseAt(words, position);
            if (match is null)
            {
                position++;
                continue;
            }
            var (length, meaning) = match.Value;
            sawYes |= meaning;
            sawNo |= !meaning;
            position += length;
        }
        return sawYes == sawNo ? null : sawYes;
    }

    private static (int Length, bool Meaning)? LongestPhraseAt(string[] words, int position)
    {
        (int Length, bool Meaning)? best = null;
        foreach (var (phrase, meaning) in Phrases)
        {
            if (phrase.Length > (best?.Length ?? 0)
                && position + phrase.Length <= words.Length
                && words.AsSpan(position, phrase.Length).SequenceEqual(phrase))
            {
                best = (phrase.Length, meaning);
            }
        }
        return best;
    }
}
