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
    /// Speech for the card, as plain text: Web Chat shows <c>speak</c> to screen readers as it is (an escaped
    /// apostrophe is read out as "aren&amp;apos;t") and wraps plain text in SSML itself before synthesising it.
    /// Markup characters are spoken as words or dropped, so a channel that parses <c>speak</c> as SSML cannot break.
    /// </summary>
    public static string Speak(IEnumerable<string?> sentences) =>
        string.Join(" ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()))
            .Replace("&", "and", StringComparison.Ordinal)
            .Replace("<", string.Empty, StringComparison.Ordinal)
            .Replace(">", string.Empty, StringComparison.Ordinal);

    /// <summary>A small, subtle source line.</summary>
    public static TextBlock SourceLine(string source) => new(source)
    {
        Size = TextSize.Small,
        IsSubtle = true,
        Wrap = true,
        Spacing = Cards.Spacing.Medium,
    };

    /// <summary>
    /// Sources as a short list in small print: <paramref name="label"/> ("Sources:") above one bullet per source (a
    /// Markdown list, which Web Chat and Teams render as a list), then <paramref name="note"/> (who reviewed them).
    /// </summary>
    public static IEnumerable<TextBlock> SourceList(string label, IReadOnlyList<string> sources, string? note)
    {
        yield return new TextBlock(label) { Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = Cards.Spacing.Medium };
        yield return new TextBlock(BulletList(sources)) { Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = Cards.Spacing.None };
        if (!string.IsNullOrWhiteSpace(note))
        {
            yield return new TextBlock(note) { Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = Cards.Spacing.Small };
        }
    }

    /// <summary>The same list as plain text: the label, one "- " line per source, then the note.</summary>
    public static string SourceListText(string label, IReadOnlyList<string> sources, string? note) =>
        PlainText([$"{label}\n{BulletList(sources)}", note]);

    private static string BulletList(IEnumerable<string> items) => string.Join("\n", items.Select(item => $"- {item.Trim()}"));

    /// <summary>One <see cref="CardActions.Submit"/> per button, or null so that no empty action list is written.</summary>
    public static List<AdaptiveAction>? Actions(IReadOnlyList<CardButton> buttons) =>
        buttons.Count == 0 ? null : [.. buttons.Select(b => (AdaptiveAction)CardActions.Submit(b.Title, b.Text))];
}
