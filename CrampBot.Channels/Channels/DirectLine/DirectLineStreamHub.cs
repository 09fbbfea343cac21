using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Tells the open WebSocket streams of a conversation that something happened: either its log grew (a null item:
/// the stream re-reads the log from its own watermark, so nothing is lost or sent twice) or an ephemeral activity
/// (typing) is to be forwarded as is, without being logged.
/// </summary>
public sealed class DirectLineStreamHub
{
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

    /// <summary>The number of open streams of a conversation.</summary>
    public int CountSubscribers(string conversationId)
    {
        lock (_gate)
        {
            return _subscribers.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    /// <summary>Signals that the conversation's log grew.</summary>
    public void NotifyLogChanged(string conversationId) => Publish(conversationId, null);

    /// <summary>Forwards an activity that is not logged (typing) to the conversation's open streams.</summary>
    public void PushEphemeral(string conversationId, JsonObject activity) => Publish(conversationId, activity);

    private void Publish(string conversationId, JsonObject? item)
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

}
