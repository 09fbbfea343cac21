using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Protocol;

namespace CrampBot.Tests.DirectLine;

/// <summary>
/// A stand-in bot for protocol tests: welcomes new members, answers "echo: &lt;text&gt;", sends an Adaptive Card
/// for "card", ends the conversation on "bye", and records every activity it was given.
/// </summary>
public sealed class EchoTestBot : IBot
{
    public const string Welcome = "Welcome! Ask me anything.";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public int MessagesReceived => Received.Count(a => a.IsType(ActivityTypes.Message));

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            foreach (var member in activity.MembersAdded ?? [])
            {
                if (member.Id != activity.Recipient?.Id)
                {
                    await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
                }
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
                var reply = activity.CreateReply();
                reply.Attachments =
                [
                    new Attachment
                    {
                        ContentType = ContentTypes.AdaptiveCard,
                        Content = JsonNode.Parse("""
                            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Kidneys and cramps","wrap":true}],
                             "actions":[{"type":"Action.Submit","title":"Tell me more","data":{"text":"more about kidneys"}}]}
                            """),
                    },
                ];
                await turnContext.SendActivityAsync(reply, cancellationToken);
                break;
            case "bye":
                await turnContext.SendActivityAsync("Goodbye.", cancellationToken: cancellationToken);
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.EndOfConversation }, cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await turnContext.SendActivityAsync("echo: " + activity.InputText, cancellationToken: cancellationToken);
                break;
        }
    }
}
