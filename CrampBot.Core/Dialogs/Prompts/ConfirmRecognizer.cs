using CrampBot.Dialogs.Choices;

namespace CrampBot.Dialogs.Prompts;

/// <summary>
/// Reads yes or no from English phrases, case- and punctuation-insensitive. Words are matched exactly (no typo
/// tolerance: "note" must not become "nope"), the longest phrase first, so "not sure" is not "sure" and
/// "I don't know" is not "I don't". Mixed or doubtful answers are not recognised and the question is asked again.
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
        "n", "no", "nope", "nah", "not really", "no thanks", "no thank you", "never", "negative", "false", "not at all",
        "i dont", "i havent", "it doesnt", "incorrect", "wrong",
    ];

    private static readonly string[] DoubtfulPhrases =
    [
        "not sure", "unsure", "maybe", "perhaps", "dont know", "do not know", "i dont know", "no idea", "not certain", "possibly",
    ];

    private static readonly (string[] Words, bool? Meaning)[] Phrases =
    [
        .. YesPhrases.Select(phrase => (TextTokens.Split(phrase), (bool?)true)),
        .. NoPhrases.Select(phrase => (TextTokens.Split(phrase), (bool?)false)),
        .. DoubtfulPhrases.Select(phrase => (TextTokens.Split(phrase), (bool?)null)),
    ];

    /// <summary>True for yes, false for no, null when unclear.</summary>
    public static bool? Recognize(string? text)
    {
        var words = TextTokens.Split(text);
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
            if (meaning is null)
            {
                return null;
            }
            sawYes |= meaning.Value;
            sawNo |= !meaning.Value;
            position += length;
        }
        return sawYes == sawNo ? null : sawYes;
    }

    private static (int Length, bool? Meaning)? LongestPhraseAt(string[] words, int position)
    {
        (int Length, bool? Meaning)? best = null;
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
