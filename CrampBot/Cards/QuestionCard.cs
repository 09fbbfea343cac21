namespace CrampBot.Cards;

/// <summary>
/// A question with a short list to consider and answer buttons ("Do you have any of these?"): the list is easier to
/// read on a card than in a sentence, and the buttons act like typing the answer.
/// </summary>
public static class QuestionCard
{
    public static AdaptiveCard Build(QuestionCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Question);

        List<AdaptiveElement> body =
        [
            new TextBlock(content.Question) { Weight = TextWeight.Bolder, Wrap = true },
            .. content.Items.Select(item => TextBlock.Paragraph($"• {item}")),
        ];

        return new AdaptiveCard
        {
            Body = body,
            Actions = CardText.Actions(content.Answers),
            FallbackText = CardText.PlainText(
            [
                content.Question,
                string.Join("\n", content.Items.Select(item => $"• {item}")),
                CardText.ButtonLine(null, content.Answers),
            ]),
            Speak = CardText.Speak([content.Question, .. content.Items]),
        };
    }
}
