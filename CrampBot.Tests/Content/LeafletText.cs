using System.Text.RegularExpressions;

namespace CrampBot.Tests.Content;

/// <summary>Normalises leaflet text and quotes alike, so a quote is found whatever its case, spacing or reference marks.</summary>
internal static partial class LeafletText
{
    public static string Normalize(string text)
    {
        var withoutReferences = References().Replace(text, "");
        var lower = withoutReferences.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        return Spaces().Replace(Punctuation().Replace(lower, " "), " ").Trim();
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex References();

    [GeneratedRegex(@"[^a-z0-9' ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
