using System.Security;

namespace CrampBot.Cards;

/// <summary>
/// Builds the plain-text and spoken versions of a card from the same texts the card shows, so the fallback, the
/// message text and speech never drift from what is on screen.
/// </summary>
public static class CardText
{
    /// <summary>Paragraphs separated by blank lines; empty parts are skipped.</summary>
    public static string PlainText(IEnumerable<string?> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>
    /// The button titles as a plain-text line after their label, so a channel without cards still tells the user
    /// what they can ask next; null when there are none.
    /// </summary>
    public static string? ButtonLine(string? label, IReadOnlyList<CardButton> buttons)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        var titles = string.Join(", ", buttons.Select(b => b.Title));
        return string.IsNullOrWhiteSpace(label) ? titles : $"{label.Trim()} {titles}";
    }

    /// <summary>
    /// Speech for the card. <c>speak</c> may be read as SSML, so characters such as &amp; and &lt; are escaped
    /// rather than left to break the markup.
    /// </summary>
    public static string Speak(IEnumerable<string?> sentences) =>
        SecurityElement.Escape(string.Join(" ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())));

    /// <summary>A small, subtle source line.</summary>
    public static TextBlock SourceLine(string source) => new(source)
    {
        Size = TextSize.Small,
        IsSubtle = true,
        Wrap = true,
        Spacing = Cards.Spacing.Medium,
    };

    /// <summary>One <see cref="CardActions.Submit"/> per button, or null so that no empty action list is written.</summary>
    public static List<AdaptiveAction>? Actions(IReadOnlyList<CardButton> buttons) =>
        buttons.Count == 0 ? null : [.. buttons.Select(b => (AdaptiveAction)CardActions.Submit(b.Title, b.Text))];
}
