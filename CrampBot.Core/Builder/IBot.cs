namespace CrampBot.Builder;

/// <summary>The bot's logic: called once per incoming activity, after the middleware.</summary>
public interface IBot
{
    /// <summary>Handles one turn.</summary>
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
