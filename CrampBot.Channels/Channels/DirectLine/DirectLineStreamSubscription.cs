using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CrampBot.Channels.DirectLine;

/// <summary>One open stream's view of its conversation's notifications; dispose it to unsubscribe.</summary>
public sealed class DirectLineStreamSubscription(ChannelReader<JsonObject?> reader, Action unsubscribe) : IDisposable
{
    /// <summary>Null items mean "the log grew"; other items are ephemeral activities.</summary>
    public ChannelReader<JsonObject?> Reader => reader;

    public void Dispose() => unsubscribe();
}
