using System.Security.Cryptography.X509Certificates;
using CrampBot.Channels.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace CrampBot.Channels.Authentication;

/// <summary>
/// Obtains the bot's tokens for the Bot Connector with MSAL: client credentials (secret or certificate) against the
/// configured tenant, or a user-assigned managed identity. MSAL's in-memory token cache (one per application object,
/// kept for the life of this singleton) returns a cached token until shortly before it expires.
/// </summary>
public sealed partial class MsalAccessTokenProvider : IAccessTokenProvider
{
    private const string DefaultScopeSuffix = "/.default";

    private readonly ILogger<MsalAccessTokenProvider> _logger;
    private readonly string _scope;
    private readonly IConfidentialClientApplication? _confidentialClient;
    private readonly IManagedIdentityApplication? _managedIdentity;

    public MsalAccessTokenProvider(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        ILogger<MsalAccessTokenProvider> logger)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
        {
            throw new InvalidOperationException("MsalAccessTokenProvider needs MicrosoftAppId; use NullAccessTokenProvider without one.");
        }

        _logger = logger;
        _scope = settings.ChannelOAuthScope;
        var appId = settings.MicrosoftAppId!.Trim();
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        if (settings.AppType == BotAppType.UserAssignedMSI)
        {
            _managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(msalHttp)
                .Build();
            return;
        }

        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithAuthority(settings.ChannelLoginUrl)
            .WithHttpClientFactory(msalHttp);
        if (!string.IsNullOrWhiteSpace(settings.ToChannelFromBotLoginUrl))
        {
            // An explicitly configured authority (sovereign cloud, air-gapped clinic, test issuer) is trusted as given:
            // instance discovery would ask the public cloud to vouch for it.
            builder = builder.WithInstanceDiscovery(false);
        }

        builder = LoadCertificate(settings) is { } certificate
            ? builder.WithCertificate(certificate, sendX5C: true)
            : builder.WithClientSecret(settings.MicrosoftAppPassword);
        _confidentialClient = builder.Build();
    }

    /// <inheritdoc />
    public async Task<string?> GetAccessTokenAsync(string serviceUrl, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = _managedIdentity is not null
                ? await _managedIdentity.AcquireTokenForManagedIdentity(ManagedIdentityResource(_scope)).ExecuteAsync(cancellationToken)
                : await _confidentialClient!.AcquireTokenForClient([_scope]).ExecuteAsync(cancellationToken);
            LogTokenObtained(_logger, result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            LogTokenFailed(_logger, exception.ErrorCode);
            throw;
        }
    }

    /// <summary>Managed identity endpoints take a resource, not a scope: <c>https://api.botframework.com</c>.</summary>
    private static string ManagedIdentityResource(string scope) =>
        scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope[..^DefaultScopeSuffix.Length] : scope;

    private static X509Certificate2? LoadCertificate(BotAuthenticationOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.MicrosoftAppCertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(settings.MicrosoftAppCertificatePath, settings.MicrosoftAppCertificatePassword);
        }

        if (string.IsNullOrWhiteSpace(settings.MicrosoftAppCertificateThumbprint))
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, settings.MicrosoftAppCertificateThumbprint.Trim(), validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException("No certificate with the configured MicrosoftAppCertificateThumbprint in the CurrentUser or LocalMachine 'My' store.");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot Connector token from {TokenSource}, expires {ExpiresOn}")]
    private static partial void LogTokenObtained(ILogger logger, TokenSource tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector token could not be obtained (MSAL error {ErrorCode})")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode);
}
