using System.Collections.Concurrent;
using CrampBot.Channels.Connector;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Takes the replies the fuzzed <c>/api/messages</c> turns address to a <c>serviceUrl</c>: a fuzzed activity may name
/// any host, and the fuzz must not send anything off this machine. Keeps what it took.
/// </summary>
internal sealed class ConnectorSink : IConnectorClient
{
    private readonly ConcurrentQueue<Activity> _sent = new();

    public int Sent => _sent.Count;

    public IReadOnlyCollection<Activity> Activities => _sent;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }
}
