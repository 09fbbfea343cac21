using CrampBot.Protocol;

namespace CrampBot.Builder;

/// <summary>
/// Sends a typing indicator when a message turn takes longer than a delay, so the patient sees the bot is working.
/// Fast turns send nothing; replies returned in the HTTP body (expectReplies) never carry one.
/// </summary>
public sealed class ShowTypingMiddleware(TimeSpan delay, TimeProvider clock) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (!turnContext.Activity.IsType(ActivityTypes.Message) || turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }
        using var turnDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingWhenSlowAsync(turnContext, turnDone.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnDone.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingWhenSlowAsync(TurnContext turnContext, CancellationToken turnDone)
    {
        try
        {
            // Most turns finish first: their cancelled delay ends quietly rather than by an exception per turn.
            await Task.Delay(delay, clock, turnDone).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!turnDone.IsCancellationRequested && !turnContext.Responded)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnDone);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished first: no indicator needed.
        }
        catch (DeliveryFailedException)
        {
            // The indicator is a courtesy: the turn's own replies decide whether delivery works.
        }
    }
}
