using CrampBot.Content;

namespace CrampBot.Cards;

/// <summary>
/// The card for a triage outcome: the heading and advice on a background styled by urgency (attention for an
/// emergency, warning for same-day), its sources as a short list, and optional follow-up buttons.
/// </summary>
public static class TriageOutcomeCard
{
    public static AdaptiveCard Build(TriageOutcomeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Heading);

        var (style, color) = StyleOf(content.Level);
        var outcome = new Container
        {
            Style = style,
            Bleed = true,
            Items =
            [
                TextBlock.Heading(content.Heading, color: color),
                .. content.Advice.Select(TextBlock.Paragraph),
            ],
        };

        var body = new List<AdaptiveElement> { outcome };
        if (content.Sources is { } sources)
        {
            body.AddRange(sources.ToTextBlocks());
        }

        string?[] spoken = [content.Heading, .. content.Advice];
        return new AdaptiveCard
        {
            Body = body,
            Actions = CardText.Actions(content.Buttons),
            FallbackText = CardText.PlainText(
                [.. spoken, content.Sources?.ToPlainText(), CardText.ButtonLine(content.ButtonsLabel, content.Buttons)]),
            Speak = CardText.Speak(spoken),
        };
    }

    /// <summary>The container style and heading colour for a level; exposed so tests and other cards agree.</summary>
    public static (ContainerStyle Style, TextColor HeadingColor) StyleOf(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => (ContainerStyle.Attention, TextColor.Attention),
        TriageLevel.UrgentSameDay => (ContainerStyle.Warning, TextColor.Warning),
        TriageLevel.SelfCare => (ContainerStyle.Good, TextColor.Good),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown triage level."),
    };
}
