using Stopwatch = System.Diagnostics.Stopwatch;
using CrampBot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.Builder;

/// <summary>
/// Runs the turn pipeline for one activity: middleware, then the bot, one turn at a time per conversation.
/// When the bot throws, <see cref="OnTurnErrorAsync"/> logs ids (never the patient's words), sends the app's <see cref="BotAdapterOptions.TurnErrorReply"/>, and clears
/// the conversation's state so a poisoned dialog stack cannot fail every following turn.
/// </summary>
public sealed partial class BotAdapter(
    IEnumerable<IMiddleware> middleware,
    ConversationState conversationState,
    IOptions<BotAdapterOptions> options,
    BotTelemetry telemetry,
    ILogger<BotAdapter> logger)
{
    private readonly IMiddleware[] _middleware = middleware.ToArray();
    // One gate per conversation with turns running or waiting; removed when the last one leaves, so the map does
    // not grow with every conversation ever seen.
    private readonly Dictionary<string, ConversationGate> _gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Processes <paramref name="activity"/> with <paramref name="bot"/>; replies go through <paramref name="send"/>.
    /// Turns of the same conversation run one after the other, in arrival order.
    /// </summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, SendActivitiesHandler send, IBot bot, CancellationToken cancellationToken)
    {
        activity.RemoveNullEntries();
        var conversationKey = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        var gate = EnterGate(conversationKey);
        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            LeaveGate(conversationKey, gate, held: false);
            throw;
        }
        try
        {
            var turnContext = new TurnContext(activity, send);
            using var span = BotTelemetry.StartTurn(activity);
            var started = Stopwatch.GetTimestamp();
            try
            {
                await RunPipelineAsync(turnContext, bot, 0, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await OnTurnErrorAsync(turnContext, exception, cancellationToken);
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            telemetry.TurnDone(activity, elapsed);
            LogTurn(activity.Type, LogIds.Hash(activity.Id), elapsed.TotalMilliseconds);
            return new TurnResult(turnContext.InvokeResponse);
        }
        finally
        {
            LeaveGate(conversationKey, gate, held: true);
        }
    }

    /// <summary>Conversations with a turn running or waiting (for tests and diagnostics).</summary>
    internal int OpenGates
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private ConversationGate EnterGate(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new ConversationGate();
                _gates[key] = gate;
            }
            gate.Users++;
            return gate;
        }
    }

    private void LeaveGate(string key, ConversationGate gate, bool held)
    {
        if (held)
        {
            gate.Turn.Release();
        }
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Turn.Dispose();
            }
        }
    }

    /// <summary>Turns of one conversation run one at a time; <see cref="Users"/> counts those running or waiting.</summary>
    private sealed class ConversationGate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
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
            // Deleted rather than overwritten: a turn that failed on a stale eTag would fail to write the cleared copy too.
            await conversationState.DeleteAsync(turnContext, cancellationToken);
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

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Apology after a failed turn could not be sent ({ExceptionType}); conversation {ConversationId}")]
    private partial void LogApologyFailed(string? exceptionType, string? conversationId);
}
