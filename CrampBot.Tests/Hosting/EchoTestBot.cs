using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Protocol;
using CrampBot.Storage;

namespace CrampBot.Tests.Hosting;

/// <summary>
/// A bot for testing the HTTP pipeline alone: counts messages in conversation state, echoes them, answers one
/// invoke name, and throws on "boom" so the error path can be observed.
/// </summary>
internal sealed class EchoTestBot(ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<int> _count = conversationState.CreateProperty<int>("count");

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (activity.Name == "test/ok")
            {
                turnContext.InvokeResponse = new InvokeResponse(200, new JsonObject { ["ok"] = true });
            }
            return;
        }
        if (activity.IsType(ActivityTypes.Message))
        {
            var count = await _count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
            await _count.SetAsync(turnContext, count, cancellationToken);
            if (activity.InputText == "boom")
            {
                throw new InvalidOperationException("boom with patient text that must not be logged");
            }
            await turnContext.SendActivityAsync($"#{count} you said: {activity.InputText}", cancellationToken: cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        }
    }
}
