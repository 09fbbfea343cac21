namespace CrampBot.Understanding;

/// <summary>
/// "I'm 82", "at 60 I keep getting…", "aged 75": a grown-up age given as a bare number reads as the word "aged", so
/// the topics that know about age see it. A number of weeks, minutes or milligrams is not an age.
/// </summary>
internal static class AgeMentions
{
    private const int YoungestCounted = 40;
    private const int OldestCounted = 110;

    private static readonly HashSet<string> Before = new(["im", "aged", "age", "at", "turned", "turning", "am"], StringComparer.Ordinal);

    private static readonly HashSet<string> NotYears = new(
        ["week", "weeks", "wk", "wks", "minute", "minutes", "min", "mins", "second", "seconds", "secs", "hour", "hours",
         "hrs", "mg", "mcg", "kg", "lb", "lbs", "percent", "degrees", "times", "am", "pm", "oclock", "days", "day"],
        StringComparer.Ordinal);

    private static readonly string Aged = Stemmer.Canonical("aged");

    /// <summary>Rewrites, in place, the canonical form of each age given as a number.</summary>
    public static void Mark(IReadOnlyList<string> words, List<string> canon)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (int.TryParse(words[i], out var years) && years is >= YoungestCounted and <= OldestCounted &&
                Before.Contains(words[i - 1]) && (i + 1 >= words.Count || !NotYears.Contains(words[i + 1])))
            {
                canon[i] = Aged;
            }
        }
    }
}
