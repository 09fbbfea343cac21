using System.Text.Json.Nodes;
using System.Threading.Channels;
using CrampBot.Backplane;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Tells the open WebSocket streams of a conversation that something happened: either its log grew (a null item:
/// the stream re-reads the log from its own watermark, so nothing is lost or sent twice) or an ephemeral activity
/// (typing) is to be forwarded as is, without being logged. Streams on this instance are told at once; the other
/// instances sharing the store hear it through the <see cref="IBackplane"/> (<see cref="DirectLineStreamRelay"/>
/// hands what they announce to <see cref="Receive"/>). The notice carries the conversation id and, for typing, the
/// typing activity: never what anyone wrote, which stays in the log.
/// </summary>
public sealed partial class DirectLineStreamHub(IBackplane backplane, ILogger<DirectLineStreamHub> logger)
{
    /// <summary>The backplane topic of the hub's notices.</summary>
    public const string BackplaneTopic = "directline-streams";

    private const string ConversationProperty = "conversationId";
    private const string ActivityProperty = "activity";

    private readonly Dictionary<string, List<Channel<JsonObject?>>> _subscribers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Subscribes to a conversation; dispose the result to unsubscribe.</summary>
    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        // Bounded and dropping the oldest: a slow socket cannot grow memory, and the newest "log changed" signal survives.
        var channel = Channel.CreateBounded<JsonObject?>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                _subscribers[conversationId] = list = [];
            }
            list.Add(channel);
        }
        return new DirectLineStreamSubscription(channel.Reader, () => Unsubscribe(conversationId, channel));
    }

    /// <summary>The number of open streams of a conversation on this instance.</summary>
    public int CountSubscribers(string conversationId)
    {
        lock (_gate)
        {
            return _subscribers.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    /// <summary>Signals, here and on the other instances, that the conversation's log grew.</summary>
    public void NotifyLogChanged(string conversationId)
    {
        Deliver(conversationId, null);
        Announce(conversationId, null);
    }

    /// <summary>Forwards an activity that is not logged (typing) to the conversation's open streams, here and elsewhere.</summary>
    public void PushEphemeral(string conversationId, JsonObject activity)
    {
        Deliver(conversationId, activity);
        Announce(conversationId, activity);
    }

    /// <summary>A notice another instance announced: passed on to this instance's streams of that conversation.</summary>
    public void Receive(string message)
    {
        JsonObject? notice;
        try
        {
            notice = JsonNode.Parse(message) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            notice = null;
        }
        if (notice?[ConversationProperty] is not JsonValue id || !id.TryGetValue<string>(out var conversationId))
        {
            LogUnreadableNotice();
            return;
        }
        Deliver(conversationId, notice[ActivityProperty] as JsonObject);
    }

    /// <summary>
    /// Every open stream on this instance re-reads its log from its watermark: notices may have been lost (the
    /// backplane link dropped), and a stream that has nothing new sends nothing.
    /// </summary>
    public void NotifyEveryLogChanged()
    {
        lock (_gate)
        {
            foreach (var channel in _subscribers.Values.SelectMany(list => list))
            {
                channel.Writer.TryWrite(null);
            }
        }
    }

    private void Deliver(string conversationId, JsonObject? item)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list))
            {
                foreach (var channel in list)
                {
                    channel.Writer.TryWrite(item);
                }
            }
        }
    }

    // Not awaited by the caller: the reply is already in the shared log, so a notice lost on the way only delays it
    // until the backplane reports the gap and every stream re-reads.
    private void Announce(string conversationId, JsonObject? activity)
    {
        var notice = new JsonObject { [ConversationProperty] = conversationId, [ActivityProperty] = activity?.DeepClone() };
        _ = PublishAsync(notice.ToJsonString());
    }

    private async Task PublishAsync(string message)
    {
        try
        {
            await backplane.PublishAsync(BackplaneTopic, message);
        }
        catch (Exception exception)
        {
            LogAnnounceFailed(exception);
        }
    }

    private void Unsubscribe(string conversationId, Channel<JsonObject?> channel)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list) && list.Remove(channel) && list.Count == 0)
            {
                _subscribers.Remove(conversationId);
            }
        }
        channel.Writer.TryComplete();
    }

    [LoggerMessage(EventId = 4130, Level = LogLevel.Warning, Message = "A Direct Line stream notice could not be sent to the other instances; they catch up when the backplane reports the gap")]
    private partial void LogAnnounceFailed(Exception exception);

    [LoggerMessage(EventId = 4131, Level = LogLevel.Warning, Message = "A Direct Line stream notice from another instance could not be read; ignored")]
    private partial void LogUnreadableNotice();
}
