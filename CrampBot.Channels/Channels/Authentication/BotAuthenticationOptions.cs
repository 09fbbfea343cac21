namespace CrampBot.Channels.Authentication;

/// <summary>
/// Bot identity and token endpoints, bound from the configuration root with the Bot Framework SDK's own key names
/// so an existing bot's settings (App Service, Key Vault references, appsettings.json) work unchanged.
/// Every endpoint can be overridden, which lets tests and air-gapped clinics use a local issuer.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary><c>MultiTenant</c> (default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id. Empty turns authentication off, for local development only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret of the app registration (MultiTenant and SingleTenant, unless a certificate is given).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Tenant of a SingleTenant bot (or of its managed identity); a GUID, since token issuers name tenants by id.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store, instead of a secret.</summary>
    public string? MicrosoftAppCertificateThumbprint { get; set; }

    /// <summary>Path of a PKCS#12 (.pfx) file holding the certificate and its private key, instead of a secret.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>Password of <see cref="MicrosoftAppCertificatePath"/>, when it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>OpenID metadata of the channel token service; default <see cref="BotAuthenticationDefaults.ChannelOpenIdMetadataUrl"/>.</summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    /// <summary>Issuer of channel tokens; default <see cref="BotAuthenticationDefaults.ChannelTokenIssuer"/>.</summary>
    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary>OpenID metadata of the Emulator's token issuer. Emulator tokens are accepted only when this is set.</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// OpenID metadata of the bot's own Entra ID tenant (SingleTenant); default
    /// <see cref="BotAuthenticationDefaults.TenantOpenIdMetadataUrlTemplate"/> for <see cref="MicrosoftAppTenantId"/>.
    /// </summary>
    public string? ToBotFromAadOpenIdMetadataUrl { get; set; }

    /// <summary>Authority for outbound tokens; default per app type (botframework.com tenant or the bot's tenant).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Scope of outbound tokens; default <see cref="BotAuthenticationDefaults.ChannelOAuthScope"/>.</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>True when an app id is configured: inbound tokens are required and outbound calls carry one.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; MultiTenant when empty; null when the value is unknown.</summary>
    public BotAppType? AppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(MicrosoftAppType.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : null;

    /// <summary>True when a certificate replaces the client secret.</summary>
    public bool HasCertificate =>
        !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint) || !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);

    internal string ChannelTokenIssuer => Or(ToBotFromChannelTokenIssuer, BotAuthenticationDefaults.ChannelTokenIssuer);

    internal string ChannelOpenIdMetadataUrl => Or(ToBotFromChannelOpenIdMetadataUrl, BotAuthenticationDefaults.ChannelOpenIdMetadataUrl);

    internal string TenantOpenIdMetadataUrl =>
        Or(ToBotFromAadOpenIdMetadataUrl, BotAuthenticationDefaults.TenantOpenIdMetadataUrlTemplate.Replace("{tenant}", MicrosoftAppTenantId));

    internal string ChannelOAuthScope => Or(ToChannelFromBotOAuthScope, BotAuthenticationDefaults.ChannelOAuthScope);

    internal string ChannelLoginUrl => Or(ToChannelFromBotLoginUrl, AppType == BotAppType.SingleTenant
        ? BotAuthenticationDefaults.TenantLoginUrlTemplate.Replace("{tenant}", MicrosoftAppTenantId)
        : BotAuthenticationDefaults.MultiTenantLoginUrl);

    /// <summary>
    /// Problems that make this configuration unable to work (each a sentence naming the setting to fix); empty when
    /// it can work. Authentication being off is not a problem here: the startup report warns about it instead.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var appType = AppType;
        if (appType is null)
        {
            problems.Add($"MicrosoftAppType '{MicrosoftAppType}' is unknown; use MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (!IsEnabled)
        {
            if (appType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI)
            {
                problems.Add($"MicrosoftAppType {appType} needs MicrosoftAppId (the app registration's or managed identity's client id).");
            }

            return problems;
        }

        if (appType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI)
        {
            if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            {
                problems.Add($"MicrosoftAppType {appType} needs MicrosoftAppTenantId.");
            }
            else if (!Guid.TryParse(MicrosoftAppTenantId, out _))
            {
                problems.Add("MicrosoftAppTenantId must be the tenant's GUID: token issuers name the tenant by id, not by domain.");
            }
        }

        if (appType is BotAppType.MultiTenant or BotAppType.SingleTenant
            && string.IsNullOrWhiteSpace(MicrosoftAppPassword) && !HasCertificate)
        {
            problems.Add($"MicrosoftAppType {appType} with MicrosoftAppId needs MicrosoftAppPassword or a certificate (MicrosoftAppCertificateThumbprint or MicrosoftAppCertificatePath).");
        }

        if (!string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath) && !File.Exists(MicrosoftAppCertificatePath))
        {
            problems.Add("MicrosoftAppCertificatePath names a file that does not exist.");
        }

        CheckEndpoint(problems, nameof(ToBotFromChannelOpenIdMetadataUrl), ToBotFromChannelOpenIdMetadataUrl);
        CheckEndpoint(problems, nameof(ToBotFromEmulatorOpenIdMetadataUrl), ToBotFromEmulatorOpenIdMetadataUrl);
        CheckEndpoint(problems, nameof(ToBotFromAadOpenIdMetadataUrl), ToBotFromAadOpenIdMetadataUrl);
        CheckEndpoint(problems, nameof(ToChannelFromBotLoginUrl), ToChannelFromBotLoginUrl, httpsOnly: true);
        return problems;
    }

    /// <summary>True for an https URL, or an http URL on this machine (a local issuer in tests or a clinic's own host).</summary>
    private static bool IsTrustedEndpoint(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp(uri);

    /// <summary>True for plain http to this machine, the one case where metadata may be fetched without TLS.</summary>
    internal static bool IsLoopbackHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    private static void CheckEndpoint(List<string> problems, string name, string? value, bool httpsOnly = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !IsTrustedEndpoint(uri))
        {
            problems.Add($"{name} must be an absolute https URL (http only on localhost).");
        }
        else if (httpsOnly && uri.Scheme != Uri.UriSchemeHttps)
        {
            // MSAL throws "The authority must use HTTPS scheme" for any http authority, loopback included.
            problems.Add($"{name} must be an https URL: MSAL refuses http authorities.");
        }
    }

    private static string Or(string? configured, string fallback) =>
        string.IsNullOrWhiteSpace(configured) ? fallback : configured.Trim();
}
