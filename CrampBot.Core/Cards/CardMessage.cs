using CrampBot.Protocol;

namespace CrampBot.Cards;

/// <summary>
/// Wraps a card into a message activity: the card as an Adaptive Card attachment, and the card's plain-text version
/// in the activity's <c>summary</c> ("the text to display if the channel cannot render cards") and <c>speak</c>.
/// Not in <c>text</c>: Web Chat and Teams would show the text and then the card, the same advice twice. Suggested actions are never added to
/// such a message: the card's own buttons are the choices, and two sets of buttons would compete.
/// </summary>
public static class CardMessage
{
    /// <summary>The card as an attachment with content type <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    public static Attachment ToAttachment(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = AdaptiveCardJson.ToJsonObject(card) };
    }

    /// <summary>A new message activity carrying the card; the caller addresses it.</summary>
    public static Activity Create(AdaptiveCard card) => Fill(new Activity { Type = ActivityTypes.Message }, card);

    /// <summary>A reply to <paramref name="incoming"/> carrying the card.</summary>
    public static Activity CreateReply(Activity incoming, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return Fill(incoming.CreateReply(), card);
    }

    private static Activity Fill(Activity message, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (string.IsNullOrWhiteSpace(card.FallbackText))
        {
            throw new ArgumentException("A card sent to a patient needs a fallbackText: it is the message's plain-text summary.", nameof(card));
        }

        message.Text = null;
        message.Summary = card.FallbackText;
        message.Speak = card.Speak;
        message.Attachments = [ToAttachment(card)];
        message.SuggestedActions = null;
        return message;
    }
}
