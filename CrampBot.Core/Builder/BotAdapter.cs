using Stopwatch = System.Diagnostics.Stopwatch;
using CrampBot.Protocol;
using CrampBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.Builder;

/// <summary>
/// Runs the turn pipeline for one activity: middleware, then the bot, one turn at a time per conversation (held by the
/// <see cref="ITurnLock"/>, across instances when the store provides one).
/// When the bot throws, <see cref="OnTurnErrorAsync"/> logs ids (never the patient's words), sends the app's <see cref="BotAdapterOptions.TurnErrorReply"/>, and resets
/// the conversation's state so a poisoned dialog stack cannot fail every following turn.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="StorageConflictException"/> means another turn of the conversation saved while this one ran (a lease
/// lost to a stalled or partitioned instance). Before any message was sent, the turn is run again from the fresh
/// state, at most <see cref="ConflictReruns"/> times. After a message was sent, it cannot be taken back, so the turn ends
/// there: nothing of it is saved, the other turn's state stands, and the conflict is logged.
/// </para>
/// <para>
/// A <see cref="StorageUnavailableException"/> or <see cref="TurnLockTimeoutException"/> is not the bot's fault and is
/// not answered with an apology: it leaves the turn unsaved and reaches the endpoint, which answers 503 so the channel
/// delivers the activity again.
/// </para>
/// </remarks>
public sealed partial class BotAdapter(
    IEnumerable<IMiddleware> middleware,
    ConversationState conversationState,
    ITurnLock turnLock,
    IOptions<BotAdapterOptions> options,
    BotTelemetry telemetry,
    ILogger<BotAdapter> logger)
{
    /// <summary>How many times a turn that lost a write conflict before sending anything is run again.</summary>
    public const int ConflictReruns = 2;

    private readonly IMiddleware[] _middleware = middleware.ToArray();

    /// <summary>
    /// Processes <paramref name="activity"/> with <paramref name="bot"/>; replies go through <paramref name="send"/>.
    /// Turns of the same conversation run one after the other.
    /// </summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, SendActivitiesHandler send, IBot bot, CancellationToken cancellationToken)
    {
        activity.RemoveNullEntries();
        await using var held = await turnLock.AcquireAsync($"{activity.ChannelId}/{activity.Conversation?.Id}", cancellationToken);
        using var span = BotTelemetry.StartTurn(activity);
        var started = Stopwatch.GetTimestamp();
        for (var run = 0; ; run++)
        {
            var turnContext = new TurnContext(activity, send);
            try
            {
                await RunPipelineAsync(turnContext, bot, 0, cancellationToken);
            }
            catch (StorageConflictException) when (!turnContext.Responded && run < ConflictReruns)
            {
                LogConflictRerun(LogIds.Hash(activity.Id), LogIds.Hash(activity.Conversation?.Id), run + 1);
                continue;
            }
            catch (StorageConflictException)
            {
                LogConflictAfterReplies(LogIds.Hash(activity.Id), LogIds.Hash(activity.Conversation?.Id));
            }
            catch (Exception exception) when (exception is not (StorageUnavailableException or TurnLockTimeoutException)
                && (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                await OnTurnErrorAsync(turnContext, exception, cancellationToken);
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            telemetry.TurnDone(activity, elapsed);
            // The line is filtered out by default (appsettings.json): no hash of the id is made for it then.
            if (logger.IsEnabled(LogLevel.Information))
            {
                LogTurn(activity.Type, LogIds.Hash(activity.Id), elapsed.TotalMilliseconds);
            }
            return new TurnResult(turnContext.InvokeResponse);
        }
    }

    private Task RunPipelineAsync(TurnContext turnContext, IBot bot, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turnContext, ct => RunPipelineAsync(turnContext, bot, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turnContext, cancellationToken);

    private async Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is DeliveryFailedException)
        {
            // The channel could not take the replies; the conversation is fine, so its state stays as it was.
            LogDeliveryFailed(exception.GetType().FullName, LogIds.Hash(turnContext.Activity.Id), LogIds.Hash(turnContext.Activity.Conversation?.Id));
            if (turnContext.Activity.IsType(ActivityTypes.Invoke))
            {
                turnContext.InvokeResponse ??= new InvokeResponse(502);
            }
            return;
        }
        telemetry.TurnFailed(turnContext.Activity, exception);
        // The exception's message may quote input, so only its type and origin are logged.
        LogTurnError(exception.GetType().FullName, exception.TargetSite?.DeclaringType?.FullName, exception.TargetSite?.Name, LogIds.Hash(turnContext.Activity.Id), LogIds.Hash(turnContext.Activity.Conversation?.Id));
        try
        {
            // Written over the state the turn loaded (its eTag checked), keeping the ids of the activities already
            // answered, so a redelivery of this one is still recognised.
            await conversationState.ResetAsync(turnContext, cancellationToken);
        }
        catch (StorageConflictException)
        {
            LogClearSkipped(LogIds.Hash(turnContext.Activity.Conversation?.Id));
        }
        catch (Exception clearError)
        {
            LogClearFailed(clearError.GetType().FullName, LogIds.Hash(turnContext.Activity.Conversation?.Id));
        }
        if (turnContext.Activity.IsType(ActivityTypes.Message) && options.Value.TurnErrorReply is { } apology)
        {
            try
            {
                await turnContext.SendActivityAsync(apology, cancellationToken: cancellationToken);
            }
            catch (Exception sendError)
            {
                LogApologyFailed(sendError.GetType().FullName, LogIds.Hash(turnContext.Activity.Conversation?.Id));
            }
        }
        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.InvokeResponse ??= new InvokeResponse(500);
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Turn {ActivityType} {ActivityId} done in {ElapsedMs:F1} ms")]
    private partial void LogTurn(string? activityType, string? activityId, double elapsedMs);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Replies of activity {ActivityId} in conversation {ConversationId} could not be delivered ({ExceptionType}); state kept")]
    private partial void LogDeliveryFailed(string? exceptionType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType} in {Type}.{Method}; activity {ActivityId}, conversation {ConversationId}; dialog state cleared")]
    private partial void LogTurnError(string? exceptionType, string? type, string? method, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Clearing state after a failed turn failed with {ExceptionType}; conversation {ConversationId}")]
    private partial void LogClearFailed(string? exceptionType, string? conversationId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Turn {ActivityId} of conversation {ConversationId} lost a state write to another turn before replying; run again (rerun {Rerun})")]
    private partial void LogConflictRerun(string? activityId, string? conversationId, int rerun);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Turn {ActivityId} of conversation {ConversationId} lost a state write to another turn after replying; its changes were dropped, the other turn's state kept")]
    private partial void LogConflictAfterReplies(string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "State not reset after a failed turn: another turn saved conversation {ConversationId} meanwhile, its state kept")]
    private partial void LogClearSkipped(string? conversationId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Apology after a failed turn could not be sent ({ExceptionType}); conversation {ConversationId}")]
    private partial void LogApologyFailed(string? exceptionType, string? conversationId);
}
