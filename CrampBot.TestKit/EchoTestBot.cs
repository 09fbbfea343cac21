using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Protocol;

namespace CrampBot.TestKit;

/// <summary>
/// The stand-in bot for tests of the pipeline, the channels and the widget, so that they describe those and not the
/// cramp conversation. It records every activity it is given and
/// <list type="bullet">
/// <item>welcomes each added member other than itself: <c>Welcome {member id}! Ask me anything.</c>;</item>
/// <item>answers a message <c>#N you said: {text}</c> (typed or tapped), N counting the conversation's messages in
/// conversation state, so a test sees whether state was kept, cleared or lost;</item>
/// <item>"card": an Adaptive Card whose button posts back "more about kidneys";</item>
/// <item>"typing": a typing indicator before the answer, as a slow bot sends;</item>
/// <item>"long": a text longer than Teams accepts in one message (<see cref="LongText"/>);</item>
/// <item>"bye": "Goodbye." and the end of the conversation;</item>
/// <item>"boom": throws, with a message quoting the input (which must never reach a log);</item>
/// <item>the invoke "test/ok": 200 <c>{"ok":true}</c>; any other invoke is left unanswered (501).</item>
/// </list>
/// </summary>
public sealed class EchoTestBot(ConversationState conversationState) : IBot
{
    /// <summary>How every welcome ends.</summary>
    public const string AskMeAnything = "Ask me anything.";

    private const int LongParagraphs = 30;

    private readonly IStatePropertyAccessor<int> _count = conversationState.CreateProperty<int>("count");

    public ConcurrentQueue<Activity> Received { get; } = new();

    public int MessagesReceived => Received.Count(a => a.IsType(ActivityTypes.Message));

    public static string WelcomeFor(string? memberId) => $"Welcome {memberId}! {AskMeAnything}";

    /// <summary>About 30 × 980 characters in paragraphs of sentences: over Teams' ~28 KB.</summary>
    public static string LongText() => string.Join("\n\n", Enumerable.Range(1, LongParagraphs).Select(p =>
        string.Join(' ', Enumerable.Range(1, 20).Select(s => $"Paragraph {p} sentence {s} says something useful."))));

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            foreach (var member in (activity.MembersAdded ?? []).Where(m => m.Id != activity.Recipient?.Id))
            {
                await turnContext.SendActivityAsync(WelcomeFor(member.Id), cancellationToken: cancellationToken);
            }
            return;
        }
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (activity.Name == "test/ok")
            {
                turnContext.InvokeResponse = new InvokeResponse(200, new JsonObject { ["ok"] = true });
            }
            return;
        }
        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }
        var count = await _count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _count.SetAsync(turnContext, count, cancellationToken);
        switch (activity.InputText)
        {
            case "boom":
                throw new InvalidOperationException("boom with patient text that must not be logged");
            case "card":
                var reply = activity.CreateReply();
                reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card() }];
                await turnContext.SendActivityAsync(reply, cancellationToken);
                break;
            case "long":
                await turnContext.SendActivityAsync(LongText(), cancellationToken: cancellationToken);
                break;
            case "bye":
                await turnContext.SendActivityAsync("Goodbye.", cancellationToken: cancellationToken);
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.EndOfConversation }, cancellationToken);
                break;
            default:
                if (activity.InputText == "typing")
                {
                    await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                }
                await turnContext.SendActivityAsync($"#{count} you said: {activity.InputText}", cancellationToken: cancellationToken);
                break;
        }
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    private static JsonNode Card() => JsonNode.Parse("""
        {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Kidneys and cramps","wrap":true}],
         "actions":[{"type":"Action.Submit","title":"Tell me more","data":{"text":"more about kidneys"}}]}
        """)!;
}
