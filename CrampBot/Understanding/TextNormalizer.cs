using System.Text;

namespace CrampBot.Understanding;

/// <summary>
/// Turns what a patient typed into lower-case word tokens. Apostrophes are dropped inside words ("isn't" → "isnt",
/// "Baker's" → "bakers") so contractions are one token; punctuation becomes a boundary token, because negation
/// ("no swelling.") must not reach across it. A comma is a softer boundary of its own: a denial may run through a
/// comma-separated list ("no chest pain, breathlessness or cough"), a sentence boundary stops everything.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The end of a sentence: . ! ? ; : ( ) or a new line.</summary>
    public const string Boundary = "|";

    /// <summary>A comma: ends a clause, not a sentence.</summary>
    public const string Comma = ",";

    public static bool IsBoundary(string token) => token is Boundary or Comma;

    // Emoji patients use for symptoms ("❤️ racing", "🥵 calf"), read as the word they stand for.
    private static readonly (string Emoji, string Word)[] EmojiWords =
    [
        ("\u2764", "heart"), ("\U0001F493", "heart"), ("\U0001F497", "heart"), ("\U0001F496", "heart"),
        ("\U0001F494", "heart"), ("\U0001FAC0", "heart"), ("\U0001FA78", "blood"), ("\U0001FAC1", "lungs"),
        ("\U0001F635", "dizzy"), ("\U0001F975", "hot"), ("\U0001F9B5", "leg"),
    ];

    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
            }

            word.Clear();
        }

        foreach (var raw in NormalizeForm(WithEmojiAsWords(text)))
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4')
            {
                // Inside a word an apostrophe joins ("don't"); elsewhere it is a quote mark and just separates.
                if (word.Length == 0)
                {
                    continue;
                }
            }
            else if (c == ',')
            {
                Flush();
                if (tokens.Count > 0 && !IsBoundary(tokens[^1]))
                {
                    tokens.Add(Comma);
                }
            }
            else if (c is '.' or ';' or ':' or '!' or '?' or '\n' or '(' or ')')
            {
                Flush();
                if (tokens.Count == 0)
                {
                    continue;
                }

                if (tokens[^1] == Comma)
                {
                    tokens[^1] = Boundary;
                }
                else if (tokens[^1] != Boundary)
                {
                    tokens.Add(Boundary);
                }
            }
            else if (c == '&')
            {
                Flush();
                tokens.Add("and");
            }
            else
            {
                Flush();
            }
        }

        Flush();
        if (tokens.Count > 0 && IsBoundary(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    // NFKC throws on what is not valid Unicode (a lone surrogate, a noncharacter such as U+FFFF): those become spaces,
    // so the words around them are still read (a red flag next to one is still seen) and the turn does not fail.
    private static string NormalizeForm(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var cleaned = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length;)
            {
                var valid = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done
                    && (rune.Value & 0xFFFE) != 0xFFFE && rune.Value is not (>= 0xFDD0 and <= 0xFDEF);
                cleaned.Append(valid ? text.AsSpan(i, used) : " ");
                i += Math.Max(1, used);
            }
            return cleaned.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static string WithEmojiAsWords(string text)
    {
        foreach (var (emoji, word) in EmojiWords)
        {
            if (text.Contains(emoji, StringComparison.Ordinal))
            {
                text = text.Replace(emoji, $" {word} ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The words only, space-separated: used to compare phrasings.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', Tokenize(text).Where(t => !IsBoundary(t)));

    public static bool EndsWithQuestionMark(string? text) => text?.TrimEnd().EndsWith('?') == true;
}
