namespace CrampBot.Channels.Authentication;

/// <summary>The public-cloud endpoints the Bot Framework uses when configuration leaves them out.</summary>
public static class BotAuthenticationDefaults
{
    /// <summary>Issuer of the tokens Azure Bot Service sends to the bot.</summary>
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata of the Bot Framework token service (its JWKS keys carry <c>endorsements</c>).</summary>
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of a single Entra ID tenant; <c>{tenant}</c> is replaced by the tenant id.</summary>
    public const string TenantOpenIdMetadataUrlTemplate = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Authority for a multi-tenant bot's outbound tokens.</summary>
    public const string MultiTenantLoginUrl = "https://login.microsoftonline.com/botframework.com";

    /// <summary>Authority for a single-tenant bot's outbound tokens; <c>{tenant}</c> is replaced by the tenant id.</summary>
    public const string TenantLoginUrlTemplate = "https://login.microsoftonline.com/{tenant}";

    /// <summary>Scope of the tokens the bot presents to the Bot Connector.</summary>
    public const string ChannelOAuthScope = "https://api.botframework.com/.default";

    /// <summary>Caller id the SDK gives activities that Azure Bot Service delivered.</summary>
    public const string AzureBotServiceCallerId = "urn:botframework:azure";

    /// <summary>Bot Framework Emulator token tenants (the SDK's list); their tokens are trusted only when the emulator metadata URL is configured.</summary>
    public static readonly IReadOnlyList<string> EmulatorTenantIds =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>The v1 (<c>sts.windows.net</c>) and v2 (<c>login.microsoftonline.com/.../v2.0</c>) issuers of an Entra ID tenant.</summary>
    public static IReadOnlyList<string> TenantIssuers(string tenantId) =>
        [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
}
