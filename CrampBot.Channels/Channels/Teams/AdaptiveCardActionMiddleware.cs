using System.Text.Json.Nodes;
using CrampBot.Builder;
using IMiddleware = CrampBot.Builder.IMiddleware;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Lets an Adaptive Card <c>Action.Execute</c> tap (Teams' <c>invoke</c> named <c>adaptiveCard/action</c>) drive the
/// bot exactly like typing: for the length of the turn the bot sees a <c>message</c> whose text is
/// <c>value.action.data.text</c> and whose value is the action's data (what a Web Chat <c>Action.Submit</c> sends).
/// The invoke is then answered in the HTTP body, as Universal Actions require:
/// <list type="bullet">
/// <item>When the bot replied with an Adaptive Card, the first such card is the response
/// (<c>type application/vnd.microsoft.card.adaptive</c>): Teams puts it in place of the tapped card, so that message
/// is not also posted (it would show twice). The turn's other replies are posted as usual.</item>
/// <item>Otherwise the response is <c>type application/vnd.microsoft.activity.message</c> with the replies' text,
/// which Teams shows with the tapped card; the replies are posted as usual too, because that notice does not stay in
/// the chat history and a patient must be able to read the answer again.</item>
/// </list>
/// When the turn fails the activity is an invoke again before the error handler runs, which answers 500.
/// A Teams <c>messageBack</c> needs nothing here: it arrives as a message with text.
/// </summary>
public sealed partial class AdaptiveCardActionMiddleware(ILogger<AdaptiveCardActionMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Invoke) || !string.Equals(activity.Name, AdaptiveCardInvokeResponses.InvokeName, StringComparison.Ordinal))
        {
            await next(cancellationToken);
            return;
        }

        if (activity.Value is not JsonObject invoked || invoked["action"] is not JsonObject action || action["data"] is not JsonObject data)
        {
            // Not an Action.Execute that any card of ours could send: a bad request, not a failed turn.
            turnContext.InvokeResponse = new InvokeResponse(400, new JsonObject
            {
                ["statusCode"] = 400,
                ["type"] = "application/vnd.microsoft.error",
                ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = "value.action.data must be an object." },
            });
            return;
        }
        var (type, name, text, value) = (activity.Type, activity.Name, activity.Text, activity.Value);
        activity.Type = ActivityTypes.Message;
        activity.Name = null;
        activity.Text = data["text"] is JsonValue typed && typed.TryGetValue<string>(out var said) ? said : null;
        activity.Value = data.DeepClone();

        var replies = new List<Activity>();
        Activity? card = null;
        turnContext.OnSendActivities(batch =>
        {
            var posted = new List<Activity>(batch.Count);
            foreach (var reply in batch)
            {
                if (reply.IsType(ActivityTypes.Message))
                {
                    replies.Add(reply);
                }
                if (card is null && AdaptiveCardOf(reply) is not null)
                {
                    card = reply;
                    continue;
                }
                posted.Add(reply);
            }
            return posted;
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            (activity.Type, activity.Name, activity.Text, activity.Value) = (type, name, text, value);
        }

        turnContext.InvokeResponse = card is not null
            ? AdaptiveCardInvokeResponses.Card(AdaptiveCardOf(card)!)
            : AdaptiveCardInvokeResponses.Message(string.Join("\n\n", replies.Select(r => r.Text).Where(t => !string.IsNullOrWhiteSpace(t))));
        LogAnswered(LogIds.Hash(activity.Id), card is not null ? AdaptiveCardInvokeResponses.CardType : AdaptiveCardInvokeResponses.MessageType, replies.Count);
    }

    private static JsonNode? AdaptiveCardOf(Activity reply) =>
        reply.IsType(ActivityTypes.Message)
            ? reply.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, ContentTypes.AdaptiveCard, StringComparison.OrdinalIgnoreCase) && a.Content is JsonObject)?.Content
            : null;

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "adaptiveCard/action {ActivityId} answered with {ResponseType} after {ReplyCount} replies")]
    private partial void LogAnswered(string? activityId, string responseType, int replyCount);
}
