using System.Net.WebSockets;
using System.Text.Json;
using CrampBot.Builder;
using CrampBot.Storage;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The WebSocket <c>streamUrl</c>: <c>GET /v3/directline/conversations/{id}/stream?watermark=W&amp;t=token</c>.
/// Sends the log after W, then every new activity as <c>{"activities":[...],"watermark":"N"}</c> frames. Frames
/// from the client (directlinejs sends an empty one every 20 s as a keep-alive) are read and ignored. When the
/// conversation ends or the server stops, the socket is closed; the client reconnects through
/// <c>GET /conversations/{id}?watermark=</c> and resumes after its last watermark.
/// </summary>
public static partial class DirectLineStreamEndpoint
{
    private static readonly JsonSerializerOptions FrameJson = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan FirstStoreRetry = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestStoreRetry = TimeSpan.FromSeconds(5);

    /// <summary>Maps the stream onto <paramref name="group"/>.</summary>
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext http, DirectLineAuthorizer authorizer,
        DirectLineConversationStore store, DirectLineStreamHub hub, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        // Browsers cannot set headers on a WebSocket, hence the token in the query; a header works too.
        var (access, from) = await DirectLineEndpoints.AuthorizeAtWatermarkAsync(http, authorizer, conversationId, t ?? DirectLineAuthorizer.ReadBearer(http.Request), watermark);
        if (access.Error is not null)
        {
            return access.Error;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineProblems.BadRequest("This is a WebSocket endpoint: connect with a WebSocket upgrade.");
        }
        var logger = loggers.CreateLogger(typeof(DirectLineStreamEndpoint).FullName!);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var subscription = hub.Subscribe(conversationId);
        // Cancelling a pending WebSocket call aborts the socket, so `stop` only ever cancels waits on the hub and the
        // store; socket calls take RequestAborted (the connection is gone anyway) and ends are done with close frames.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping, http.RequestAborted);
        var connectionLost = http.RequestAborted;
        LogStreamOpened(logger, LogIds.Hash(conversationId)!, from);
        var receiving = ReceiveUntilClosedAsync(socket, stop, connectionLost);
        var ended = false;
        try
        {
            var sent = from;
            (sent, ended) = await SendNewAsync(socket, store, conversationId, sent, connectionLost, stop.Token, logger);
            while (!ended && await subscription.Reader.WaitToReadAsync(stop.Token))
            {
                var logChanged = false;
                while (subscription.Reader.TryRead(out var item))
                {
                    if (item is null)
                    {
                        logChanged = true;
                    }
                    else
                    {
                        await SendFrameAsync(socket, new DirectLineActivitySet([item], Watermark: null), connectionLost);
                    }
                }
                if (logChanged)
                {
                    (sent, ended) = await SendNewAsync(socket, store, conversationId, sent, connectionLost, stop.Token, logger);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping: nothing to send any more.
        }
        await CloseAsync(socket, receiving, ended, lifetime.ApplicationStopping.IsCancellationRequested);
        LogStreamClosed(logger, LogIds.Hash(conversationId)!);
        return Results.Empty;
    }

    // Sends whatever the log holds after `sent`; reports the new watermark and whether the conversation ended. The store
    // reads the end before the log: the bot appends its endOfConversation and only then marks the conversation ended,
    // so an end seen first guarantees the read that follows holds the endOfConversation.
    // A store that cannot be reached for a moment (its link to Redis is coming back) does not end the stream: the read is
    // retried, with growing pauses, until it works or the stream stops; the socket stays open and nothing is skipped.
    private static async Task<(int Sent, bool Ended)> SendNewAsync(
        WebSocket socket, DirectLineConversationStore store, string conversationId, int sent, CancellationToken cancellationToken, CancellationToken stop, ILogger logger)
    {
        DirectLineActivityWindow window;
        for (var pause = FirstStoreRetry; ; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestStoreRetry.Ticks)))
        {
            try
            {
                window = await store.ReadAsync(conversationId, sent, cancellationToken);
                break;
            }
            catch (StorageUnavailableException)
            {
                LogStoreUnavailable(logger, LogIds.Hash(conversationId)!, pause.TotalMilliseconds);
                await Task.Delay(pause, stop);
            }
        }
        if (window.Activities.Count > 0)
        {
            await SendFrameAsync(socket, new DirectLineActivitySet(window.Activities, DirectLineEndpoints.FormatWatermark(window.Watermark)), cancellationToken);
        }
        return (Math.Max(sent, window.Watermark), window.Ended);
    }

    private static Task SendFrameAsync(WebSocket socket, DirectLineActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, FrameJson), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    // Reads (and drops) client frames until the client closes; then stops the sending side.
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken connectionLost)
    {
        var buffer = new byte[4 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, connectionLost);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted: either way the stream is over.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, Task receiving, bool ended, bool stopping)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var (status, reason) = ended ? (WebSocketCloseStatus.NormalClosure, "conversation ended")
                    : stopping ? (WebSocketCloseStatus.EndpointUnavailable, "server stopping")
                    : (WebSocketCloseStatus.NormalClosure, "closed");
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, reason, timeout.Token);
            }
            // Let the client's close frame arrive, but never hang on a client that does not answer.
            await receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or TimeoutException)
        {
            socket.Abort();
        }
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} opened at watermark {Watermark}")]
    private static partial void LogStreamOpened(ILogger logger, string conversationId, int watermark);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Warning, Message = "Direct Line stream of {ConversationId} could not read the store; retrying in {PauseMs} ms")]
    private static partial void LogStoreUnavailable(ILogger logger, string conversationId, double pauseMs);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} closed")]
    private static partial void LogStreamClosed(ILogger logger, string conversationId);
}
