namespace CrampBot.Channels.Authentication;

/// <summary>
/// Names of the <see cref="IHttpClientFactory"/> clients authentication uses, so a host can add proxies or trust
/// (tests trust their local issuer's certificate this way) without touching the authentication code.
/// </summary>
public static class BotAuthenticationHttpClients
{
    /// <summary>Fetches OpenID metadata and signing keys for inbound tokens.</summary>
    public const string OpenIdMetadata = "CrampBot.Authentication.OpenIdMetadata";

    /// <summary>Used by MSAL to obtain outbound tokens.</summary>
    public const string TokenService = "CrampBot.Authentication.TokenService";
}
