using System.Security.Claims;

namespace CrampBot.Channels.Authentication;

/// <summary>Outcome of authenticating one inbound request: the caller's identity, or why it was refused.</summary>
public sealed class BotAuthenticationResult
{
    private BotAuthenticationResult(BotAuthenticationFailure failure, BotTokenSource source, ClaimsIdentity? identity, string? appId, string? callerId)
    {
        Failure = failure;
        Source = source;
        Identity = identity;
        AppId = appId;
        CallerId = callerId;
    }

    /// <summary>True when the request may be processed.</summary>
    public bool Succeeded => Failure == BotAuthenticationFailure.None;

    /// <summary>Why the request was refused; <see cref="BotAuthenticationFailure.None"/> on success.</summary>
    public BotAuthenticationFailure Failure { get; }

    /// <summary>The issuer that vouched for the request.</summary>
    public BotTokenSource Source { get; }

    /// <summary>The validated token's claims; null when refused or when authentication is off.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>The calling app's id (<c>appid</c> or <c>azp</c> claim) when the token carries one.</summary>
    public string? AppId { get; }

    /// <summary>The SDK's caller id for the activity (<c>urn:botframework:azure</c> for Azure Bot Service), or null.</summary>
    public string? CallerId { get; }

    /// <summary>The result when no app id is configured: anything is let in.</summary>
    public static BotAuthenticationResult Disabled { get; } =
        new(BotAuthenticationFailure.None, BotTokenSource.AuthenticationDisabled, null, null, null);

    /// <summary>A request authenticated by <paramref name="source"/>.</summary>
    public static BotAuthenticationResult Success(BotTokenSource source, ClaimsIdentity identity, string? appId, string? callerId) =>
        new(BotAuthenticationFailure.None, source, identity, appId, callerId);

    /// <summary>A refused request.</summary>
    public static BotAuthenticationResult Fail(BotAuthenticationFailure failure)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(failure, BotAuthenticationFailure.None);
        return new(failure, BotTokenSource.AuthenticationDisabled, null, null, null);
    }

    public override string ToString() => Succeeded ? $"Succeeded ({Source})" : $"Failed ({Failure})";
}
