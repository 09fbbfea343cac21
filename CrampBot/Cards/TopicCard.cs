namespace CrampBot.Cards;

/// <summary>
/// The card for an explained topic (kidneys, ultrasound): heading, explanation, a highlighted "why it matters for
/// cramps" block, the source, and related-topic buttons that act like typing the topic.
/// </summary>
public static class TopicCard
{
    public static AdaptiveCard Build(TopicCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Heading);

        var body = new List<AdaptiveElement> { TextBlock.Heading(content.Heading) };
        body.AddRange(content.Explanation.Select(TextBlock.Paragraph));

        // Left out when empty: the patient has just read it on the card that led here.
        if (content.WhyItMatters.Count > 0)
        {
            body.Add(WhyItMatters(content));
        }

        if (!string.IsNullOrWhiteSpace(content.Source))
        {
            body.Add(CardText.SourceLine(content.Source));
        }

        string?[] whyItMatters = content.WhyItMatters.Count > 0 ? [content.WhyItMattersHeading, .. content.WhyItMatters] : [];
        string?[] spoken = [content.Heading, .. content.Explanation, .. whyItMatters];
        return new AdaptiveCard
        {
            Body = body,
            Actions = CardText.Actions(content.RelatedTopics),
            FallbackText = CardText.PlainText(
            [
                .. spoken,
                content.Source,
                CardText.ButtonLine(content.RelatedTopicsLabel, content.RelatedTopics),
            ]),
            Speak = CardText.Speak(spoken),
        };
    }

    private static Container WhyItMatters(TopicCardContent content) => new()
    {
        Style = ContainerStyle.Emphasis,
        Spacing = Spacing.Medium,
        Items =
        [
            TextBlock.Heading(content.WhyItMattersHeading, TextSize.Medium),
            .. content.WhyItMatters.Select(TextBlock.Paragraph),
        ],
    };
}
