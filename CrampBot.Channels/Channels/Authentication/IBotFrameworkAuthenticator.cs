using CrampBot.Protocol;

namespace CrampBot.Channels.Authentication;

/// <summary>Checks the bearer token of a request to <c>/api/messages</c> the way the Bot Framework does.</summary>
public interface IBotFrameworkAuthenticator
{
    /// <summary>False when no app id is configured: every request is let in (local development only).</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Validates <paramref name="authorizationHeader"/> (the raw <c>Authorization</c> header value) for
    /// <paramref name="activity"/>. Never throws for a bad or missing token: it returns a failure, to be answered with 401.
    /// </summary>
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
