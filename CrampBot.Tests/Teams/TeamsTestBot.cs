using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Protocol;

namespace CrampBot.Tests.Teams;

/// <summary>
/// A bot for testing the Teams middleware alone, shaped like CrampBot's: welcomes every added member other than
/// itself on conversationUpdate, echoes what the user said (typed or tapped), answers "card" with an Adaptive Card
/// "long" with a text longer than Teams accepts in one message, and throws on "boom".
/// </summary>
internal sealed class TeamsTestBot : IBot
{
    public const int LongParagraphs = 30;

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            foreach (var member in (activity.MembersAdded ?? []).Where(m => m.Id != activity.Recipient?.Id))
            {
                await turnContext.SendActivityAsync($"Welcome {member.Id}!", cancellationToken: cancellationToken);
            }
            return;
        }
        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }
        switch (activity.InputText)
        {
            case "card":
                var reply = activity.CreateReply("A card");
                reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card("Stretch your calf.") }];
                await turnContext.SendActivityAsync(reply, cancellationToken);
                break;
            case "boom":
                throw new InvalidOperationException("test failure");
            case "long":
                await turnContext.SendActivityAsync(LongText(), cancellationToken: cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync($"you said: {activity.InputText}", cancellationToken: cancellationToken);
                break;
        }
    }

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    };

    /// <summary>About 30 × 980 characters in paragraphs of sentences: over Teams' ~28 KB.</summary>
    public static string LongText() => string.Join("\n\n", Enumerable.Range(1, LongParagraphs).Select(p =>
        string.Join(' ', Enumerable.Range(1, 20).Select(s => $"Paragraph {p} sentence {s} says something useful."))));
}
