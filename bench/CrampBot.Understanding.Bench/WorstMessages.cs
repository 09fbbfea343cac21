using System.Text;

namespace CrampBot.Understanding.Bench;

/// <summary>
/// Messages built to cost the recognizer the most: misspelt words (each one a spelling search) and dense red-flag
/// words with denials (each mention a denial and reach check). Every call gets a message of its own (its seed), so
/// nothing remembered from an earlier call helps.
/// </summary>
internal static class WorstMessages
{
    // Everyday and clinical words of 6–12 letters: misspelt, they sit within reach of many vocabulary words.
    private static readonly string[] Words =
    [
        "yesterday", "shopping", "groceries", "medication", "temperature", "breathless", "swelling", "tablets",
        "cramping", "muscles", "stretching", "magnesium", "quinine", "pregnant", "circulation", "sleeping",
        "walking", "exercise", "statins", "diuretics", "kidney", "dialysis", "tonight", "morning", "problem",
        "doctor", "hospital", "because", "something", "happened", "painful", "throbbing", "thickness", "evening",
    ];

    // Red-flag words, most of them denied, run into one long clause: the detector cannot stop at the first sign.
    private static readonly string[] Alarm =
    [
        "no chest pain", "not breathless", "my calf is not swollen", "leg", "chest", "no", "or", "nor", "you",
        "not sure if", "pain", ",", "chset", "breathles", "swolen", "hot water", "no cough", "blood test", "veins",
        "red wine", "dizzy not", "legs", "arm", "my husband", "like this before", "but", "none of that",
    ];

    // The same without the words a red-flag check reads: no red flag, so the keywords' unsure reading is followed by
    // the phrasing classifier's (the longest path for a message without a red flag).
    private static readonly string[] CalmWords =
        [.. Words.Except(["breathless", "swelling", "painful", "throbbing", "thickness", "temperature"])];

    public static string Misspelt(int chars, int seed) => Misspelt(chars, seed, Words);

    public static string MisspeltCalm(int chars, int seed) => Misspelt(chars, seed, CalmWords);

    private static string Misspelt(int chars, int seed, string[] words)
    {
        var random = new Random(seed);
        var text = new StringBuilder(chars + 16);
        var inSentence = 0;
        while (text.Length < chars)
        {
            text.Append(Misspell(words[random.Next(words.Length)], random));
            text.Append(++inSentence % 12 == 0 ? ". " : " ");
        }

        return text.ToString(0, chars);
    }

    public static string DenseAlarm(int chars, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(chars + 32);
        while (text.Length < chars)
        {
            text.Append(Alarm[random.Next(Alarm.Length)]).Append(' ');
        }

        return text.ToString(0, chars);
    }

    // One or two random edits (replace, drop, add, swap), never touching the first letter.
    private static string Misspell(string word, Random random)
    {
        var chars = new StringBuilder(word);
        for (var edits = 1 + random.Next(2); edits > 0 && chars.Length > 3; edits--)
        {
            var at = 1 + random.Next(chars.Length - 1);
            var letter = (char)('a' + random.Next(26));
            switch (random.Next(4))
            {
                case 0: chars[at] = letter; break;
                case 1: chars.Remove(at, 1); break;
                case 2: chars.Insert(at, letter); break;
                default:
                    if (at + 1 < chars.Length)
                    {
                        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    }
                    break;
            }
        }

        return chars.ToString();
    }
}
