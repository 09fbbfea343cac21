using CrampBot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Channels.Authentication;

/// <summary>
/// Validates inbound Bot Framework tokens with Microsoft.IdentityModel: signature against the issuer's published
/// keys (fetched through <see cref="ConfigurationManager{T}"/>, cached, and refreshed when a token names an unknown
/// key), issuer, audience = app id, lifetime with 5 minutes of skew, RS256 family only; then, for Azure Bot Service
/// tokens, the key's channel endorsement and the <c>serviceurl</c> claim.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IBotFrameworkAuthenticator
{
    private const string ServiceUrlClaim = "serviceurl";
    private const string AppIdClaim = "appid";
    private const string AuthorizedPartyClaim = "azp";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly Dictionary<string, TrustedIssuer> _issuers = new(StringComparer.Ordinal);

    static BotFrameworkAuthenticator()
    {
        // Since IdentityModel 8, a requested refresh (token names an unknown key) runs on a background task, so the
        // request that met a newly rolled key fails although the key is published. Blocking refresh makes that very
        // request fetch the keys (still at most once per refresh interval). Must be set before the first
        // ConfigurationManager is created: IdentityModel caches the switch, hence also the RuntimeHostConfigurationOption
        // in CrampBot.csproj (and the test project), which sets it at process start.
        AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);
    }

    public BotFrameworkAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (!_options.IsEnabled)
        {
            return;
        }

        // One ConfigurationManager per metadata URL: it caches the keys and throttles refreshes (at most one forced
        // refresh per 5 minutes), so a flood of tokens with made-up key ids cannot hammer the issuer.
        var metadataByUrl = new Dictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>(StringComparer.Ordinal);
        ConfigurationManager<OpenIdConnectConfiguration> MetadataFor(string url)
        {
            if (!metadataByUrl.TryGetValue(url, out var manager))
            {
                // The client lives as long as this singleton; IHttpClientFactory's handler still rotates connections.
                var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(BotAuthenticationHttpClients.OpenIdMetadata))
                {
                    RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && BotAuthenticationOptions.IsLoopbackHttp(uri)),
                };
                manager = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
                metadataByUrl[url] = manager;
            }

            return manager;
        }

        Trust(new TrustedIssuer(BotTokenSource.BotFrameworkChannel, [_options.ChannelTokenIssuer], MetadataFor(_options.ChannelOpenIdMetadataUrl)));
        if (_options.AppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            Trust(new TrustedIssuer(
                BotTokenSource.EntraTenant,
                BotAuthenticationDefaults.TenantIssuers(_options.MicrosoftAppTenantId.Trim()),
                MetadataFor(_options.TenantOpenIdMetadataUrl)));
        }

        if (!string.IsNullOrWhiteSpace(_options.ToBotFromEmulatorOpenIdMetadataUrl))
        {
            Trust(new TrustedIssuer(
                BotTokenSource.Emulator,
                [.. BotAuthenticationDefaults.EmulatorTenantIds.SelectMany(BotAuthenticationDefaults.TenantIssuers)],
                MetadataFor(_options.ToBotFromEmulatorOpenIdMetadataUrl.Trim())));
        }
    }

    /// <inheritdoc />
    public bool IsEnabled => _options.IsEnabled;

    /// <inheritdoc />
    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsEnabled)
        {
            // The playground and the Emulator send no token (or a dummy one) when the bot has no app id: let them in.
            return BotAuthenticationResult.Disabled;
        }

        var result = await AuthenticateTokenAsync(authorizationHeader, activity, cancellationToken);
        if (result.Succeeded)
        {
            LogAccepted(_logger, result.Source, activity.ChannelId);
        }
        else
        {
            LogRejected(_logger, result.Failure, activity.ChannelId);
        }

        return result;
    }

    private async Task<BotAuthenticationResult> AuthenticateTokenAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.MissingAuthorizationHeader);
        }

        if (ReadBearerToken(authorizationHeader) is not { } token)
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.MalformedAuthorizationHeader);
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.MalformedToken);
        }

        // Refused before any key lookup: "none" and HMAC tokens (the playground's HS256 "dummy-secret-key" one) must
        // never reach a code path that could treat a public key as a shared secret.
        if (!AllowedAlgorithms.Contains(unvalidated.Alg, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.UnsupportedAlgorithm);
        }

        // The unvalidated issuer only picks which keys to check against; the validation below checks it again.
        if (!_issuers.TryGetValue(unvalidated.Issuer ?? string.Empty, out var trusted))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.InvalidIssuer);
        }

        try
        {
            // Warms (or reuses) the cache, so an unreachable issuer is reported as such rather than as a bad token.
            await trusted.Metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogMetadataUnavailable(_logger, trusted.Source, exception.GetType().Name);
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.MetadataUnavailable);
        }

        var validation = await _handler.ValidateTokenAsync(token, ValidationParameters(trusted, activity.ChannelId));
        if (!validation.IsValid)
        {
            return BotAuthenticationResult.Fail(FailureOf(validation.Exception));
        }

        var identity = validation.ClaimsIdentity;
        var serviceUrl = identity.FindFirst(ServiceUrlClaim)?.Value;
        if ((trusted.IsChannel || serviceUrl is not null) && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.ServiceUrlMismatch);
        }

        var appId = identity.FindFirst(AppIdClaim)?.Value ?? identity.FindFirst(AuthorizedPartyClaim)?.Value;
        if (trusted.Source == BotTokenSource.Emulator && !string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            // The Emulator fetches its token with the bot's own credentials, so any other caller is someone else's token.
            return BotAuthenticationResult.Fail(BotAuthenticationFailure.InvalidAppId);
        }

        var callerId = trusted.Source == BotTokenSource.Emulator ? null : BotAuthenticationDefaults.AzureBotServiceCallerId;
        return BotAuthenticationResult.Success(trusted.Source, identity, appId, callerId);
    }

    private void Trust(TrustedIssuer trusted)
    {
        foreach (var issuer in trusted.Issuers)
        {
            _issuers.TryAdd(issuer, trusted);
        }
    }

    private TokenValidationParameters ValidationParameters(TrustedIssuer trusted, string? channelId) => new()
    {
        ConfigurationManager = trusted.Metadata,
        ValidIssuers = trusted.Issuers,
        ValidAudience = _options.MicrosoftAppId!.Trim(),
        ValidAlgorithms = AllowedAlgorithms,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
        ValidateIssuerSigningKey = trusted.IsChannel,
        // Runs with the exact metadata snapshot that supplied the key, so a concurrent refresh cannot mix key sets.
        IssuerSigningKeyValidatorUsingConfiguration = trusted.IsChannel
            ? (key, _, _, configuration) => SigningKeyEndorsements.Endorses(configuration, key.KeyId, channelId)
            : null,
    };

    private static string? ReadBearerToken(string header)
    {
        var parts = header.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) ? parts[1] : null;
    }

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        !string.IsNullOrWhiteSpace(claimed) && !string.IsNullOrWhiteSpace(actual)
        && string.Equals(claimed.Trim().TrimEnd('/'), actual.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static BotAuthenticationFailure FailureOf(Exception? exception) => exception switch
    {
        // Order matters: the more specific exception types derive from the later ones.
        SecurityTokenSignatureKeyNotFoundException => BotAuthenticationFailure.UnknownSigningKey,
        SecurityTokenInvalidAlgorithmException => BotAuthenticationFailure.UnsupportedAlgorithm,
        SecurityTokenInvalidSignatureException => BotAuthenticationFailure.InvalidSignature,
        SecurityTokenInvalidSigningKeyException => BotAuthenticationFailure.MissingEndorsement,
        SecurityTokenExpiredException => BotAuthenticationFailure.Expired,
        SecurityTokenNotYetValidException => BotAuthenticationFailure.NotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => BotAuthenticationFailure.InvalidLifetime,
        SecurityTokenInvalidAudienceException => BotAuthenticationFailure.InvalidAudience,
        SecurityTokenInvalidIssuerException => BotAuthenticationFailure.InvalidIssuer,
        SecurityTokenMalformedException => BotAuthenticationFailure.MalformedToken,
        _ => BotAuthenticationFailure.InvalidToken,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot token accepted from {Source} for channel {ChannelId}")]
    private static partial void LogAccepted(ILogger logger, BotTokenSource source, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot token rejected ({Failure}) for channel {ChannelId}; answering 401")]
    private static partial void LogRejected(ILogger logger, BotAuthenticationFailure failure, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata of {Source} could not be fetched ({ExceptionType}); tokens cannot be checked")]
    private static partial void LogMetadataUnavailable(ILogger logger, BotTokenSource source, string exceptionType);
}
