namespace CrampBot.Channels.Connector;

/// <summary>The token provider for a bot without an app id (local playground, emulator): sends no Authorization header.</summary>
public sealed class NoAccessTokenProvider : IAccessTokenProvider
{
    public Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);
}
