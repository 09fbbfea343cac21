using System.Globalization;
using System.Text;

namespace CrampBot.Dialogs.Choices;

/// <summary>Lower-cased, accent-free word tokens, so "Yes!", "YES" and "yés" compare equal; apostrophes join ("don't" is "dont").</summary>
internal static class TextTokens
{
    public static string[] Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark || character is '\'' or '’')
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(character) ? char.ToLowerInvariant(character) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Typos tolerated in a word of <paramref name="length"/> letters: none for short words ("red" is not "bed").</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>Edit distance counting an adjacent swap as one edit (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The typo count when <paramref name="typed"/> is close enough to <paramref name="expected"/>, else null.</summary>
    public static int? Closeness(string typed, string expected)
    {
        if (typed == expected)
        {
            return 0;
        }
        var distance = Distance(typed, expected);
        return distance <= Tolerance(expected.Length) ? distance : null;
    }
}
