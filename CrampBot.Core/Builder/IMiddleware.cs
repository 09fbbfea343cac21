namespace CrampBot.Builder;

/// <summary>A step of the turn pipeline that runs before (and around) the bot; call <c>next</c> to continue.</summary>
public interface IMiddleware
{
    /// <summary>Processes the turn and calls <paramref name="next"/> to let the rest of the pipeline run.</summary>
    Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
