namespace CrampBot.Channels.Authentication;

/// <summary>Why an inbound request was refused. Every value means "answer 401 and process nothing".</summary>
public enum BotAuthenticationFailure
{
    /// <summary>Not a failure: the request was authenticated (or authentication is off).</summary>
    None,

    /// <summary>No Authorization header while an app id is configured.</summary>
    MissingAuthorizationHeader,

    /// <summary>The header is not <c>Bearer &lt;token&gt;</c>.</summary>
    MalformedAuthorizationHeader,

    /// <summary>The bearer value is not a readable JWT.</summary>
    MalformedToken,

    /// <summary>The token is unsigned (<c>alg: none</c>) or signed with an algorithm outside RS256/RS384/RS512.</summary>
    UnsupportedAlgorithm,

    /// <summary>The issuer is not one this bot trusts.</summary>
    InvalidIssuer,

    /// <summary>The signature does not verify with the published key the token names.</summary>
    InvalidSignature,

    /// <summary>The token names a key the issuer does not publish, even after refreshing its keys.</summary>
    UnknownSigningKey,

    /// <summary>The signing key is not endorsed for the activity's channel.</summary>
    MissingEndorsement,

    /// <summary>The token's lifetime ended (beyond the allowed clock skew).</summary>
    Expired,

    /// <summary>The token's lifetime has not started (beyond the allowed clock skew).</summary>
    NotYetValid,

    /// <summary>The token has no expiry or an impossible lifetime.</summary>
    InvalidLifetime,

    /// <summary>The token is for another app id.</summary>
    InvalidAudience,

    /// <summary>The token's <c>serviceurl</c> claim is missing or differs from the activity's serviceUrl.</summary>
    ServiceUrlMismatch,

    /// <summary>An Emulator token was obtained by another app than this bot.</summary>
    InvalidAppId,

    /// <summary>The issuer's OpenID metadata or keys could not be fetched, so no token can be checked now.</summary>
    MetadataUnavailable,

    /// <summary>The token failed a check not listed above.</summary>
    InvalidToken,
}
