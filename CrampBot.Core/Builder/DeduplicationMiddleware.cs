using Microsoft.Extensions.Logging;

namespace CrampBot.Builder;

/// <summary>
/// Gives exactly one answer per activity: a channel that redelivers an activity (Teams retries a request that took
/// over 15 s, a client retries after a 503) finds its id among the conversation's recent ids and the turn is skipped.
/// The ids live in the conversation's state document (<see cref="ConversationState.IsRedeliveryAsync"/>), so the id
/// of a turn is saved in the same write as the turn's state: once in storage, across restarts and instances. A retry
/// arriving while the first delivery still runs waits for the conversation's turn lock and then finds the id; a
/// delivery whose turn did not save (the store was down) is processed again when it comes back.
/// </summary>
public sealed partial class DeduplicationMiddleware(ConversationState conversationState, ILogger<DeduplicationMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (await conversationState.IsRedeliveryAsync(turnContext, cancellationToken))
        {
            LogDuplicate(LogIds.Hash(turnContext.Activity.Id)!, LogIds.Hash(turnContext.Activity.Conversation?.Id));
            return;
        }
        await next(cancellationToken);
        // The bot usually saved already (with the id); when it changed nothing, this writes the id alone.
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Duplicate activity {ActivityId} in conversation {ConversationId} ignored")]
    private partial void LogDuplicate(string activityId, string? conversationId);
}
