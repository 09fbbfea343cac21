namespace CrampBot.Channels.Connector;

/// <summary>Supplies the bearer token for calls to the Bot Connector; null when the bot runs without an app id.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A valid access token for <paramref name="serviceUrl"/>, or null to send no Authorization header.</summary>
    Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default);
}
