using System.Text;

namespace CrampBot.Understanding;

/// <summary>
/// Turns what a patient typed into lower-case word tokens. Apostrophes are dropped inside words ("isn't" → "isnt",
/// "Baker's" → "bakers") so contractions are one token; sentence punctuation becomes a boundary token, because
/// negation ("no swelling.") must not reach across it.
/// </summary>
internal static class TextNormalizer
{
    public const string Boundary = "|";

    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;

        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0) tokens.Add(word.ToString());
            word.Clear();
        }

        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4')
            {
                // Inside a word an apostrophe joins ("don't"); elsewhere it is a quote mark and just separates.
                if (word.Length == 0) continue;
            }
            else if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')')
            {
                Flush();
                if (tokens.Count > 0 && tokens[^1] != Boundary) tokens.Add(Boundary);
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
        if (tokens.Count > 0 && tokens[^1] == Boundary) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    /// <summary>The words only, space-separated: used to compare phrasings.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', Tokenize(text).Where(t => t != Boundary));

    public static bool EndsWithQuestionMark(string? text) => text?.TrimEnd().EndsWith('?') == true;
}
