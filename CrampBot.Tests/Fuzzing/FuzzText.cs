using System.Text;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Strings a hostile or broken client might send: the unicode edge cases (lone surrogates, bidi overrides, zero-width
/// characters, long runs of combining marks), control characters, markup, path and huge strings.
/// </summary>
internal static class FuzzText
{
    private static readonly string[] Samples =
    [
        "", " ", "my calf hurts", "yes", "no", "not sure", "help", "forget me", "cramp", "quinine",
        "\uD800", "\uDFFF", "a\uD83D", "\uDE00b", "\uD83D\uDE00", "\u200F\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF",
        "\u0000", "\u0001\u0007\u001B[2J", "\r\n\r\n", "<script>alert(1)</script>", "'; DROP TABLE state;--",
        "../../etc/passwd", "%00%2e%2e%2f", "{{placeholder}}", "\\u0000", "null", "NaN", "-0", "1e309",
        "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u4F60\u597D", "\uFFFD\uFFFE\uFFFF", "\u00A0\u2028\u2029",
    ];

    /// <summary>One string; sometimes huge, sometimes a run of combining marks, usually a mix of the samples.</summary>
    public static string Next(Random random)
    {
        return random.Next(20) switch
        {
            0 => new string('x', random.Next(10_000, 300_000)),
            1 => "e" + string.Concat(Enumerable.Repeat("\u0301\u0308", random.Next(10, 3000))),
            2 => Mixed(random, random.Next(50, 400)),
            3 => new string((char)random.Next(0xD800, 0xE000), random.Next(1, 50)),
            _ => Mixed(random, random.Next(1, 4)),
        };
    }

    /// <summary>The JSON string literal of <paramref name="text"/>; lone surrogates written as \u escapes (valid JSON syntax).</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4"));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.Append('"').ToString();
    }

    private static string Mixed(Random random, int parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Samples[random.Next(Samples.Length)]);
        }
        return builder.ToString();
    }
}
