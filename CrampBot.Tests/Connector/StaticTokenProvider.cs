using CrampBot.Channels.Connector;

namespace CrampBot.Tests.Connector;

/// <summary>Hands out a fixed token (or none) and remembers which serviceUrls asked.</summary>
internal sealed class StaticTokenProvider(string? token) : IAccessTokenProvider
{
    public List<string> RequestedFor { get; } = [];

    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default)
    {
        lock (RequestedFor)
        {
            RequestedFor.Add(serviceUrl);
        }
        return Task.FromResult(token);
    }
}
