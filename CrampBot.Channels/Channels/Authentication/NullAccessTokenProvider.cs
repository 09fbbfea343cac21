using CrampBot.Channels.Connector;

namespace CrampBot.Channels.Authentication;

/// <summary>Used when no app id is configured: replies go out without an Authorization header.</summary>
public sealed class NullAccessTokenProvider : IAccessTokenProvider
{
    /// <inheritdoc />
    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);
}
