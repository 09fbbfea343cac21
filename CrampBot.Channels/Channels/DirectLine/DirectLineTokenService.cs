using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Checks the Direct Line secret and issues/validates conversation tokens: HS256 JWTs signed with a key derived
/// (HKDF) from the secret, carrying the conversation (<c>conv</c>) and the user (<c>user</c>, which Web Chat reads
/// to name the sender). The secret itself never leaves the server.
/// </summary>
public sealed partial class DirectLineTokenService
{
    private const string Issuer = "crampbot";
    private const string Audience = "crampbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly byte[] _secretHash;
    private readonly SymmetricSecurityKey _signingKey;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _clock;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock, IHostEnvironment environment, ILogger<DirectLineTokenService> logger)
    {
        _clock = clock;
        Lifetime = options.Value.TokenLifetime;
        var secret = options.Value.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            // Tokens signed with a per-run secret die with the process; fine for a demo, wrong for a clinic.
            secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            if (environment.IsDevelopment())
            {
                LogGeneratedSecret(logger);
            }
            else
            {
                LogGeneratedSecretOutsideDevelopment(logger, environment.EnvironmentName);
            }
        }
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        _secretHash = SHA256.HashData(secretBytes);
        // A derived key rather than the secret itself, so a leaked signing key is not a leaked secret.
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secretBytes, 32, salt: [], info: "CrampBot Direct Line token signing v1"u8.ToArray());
        _signingKey = new SymmetricSecurityKey(key);
        _credentials = new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256);
    }

    /// <summary>How long issued tokens live.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>True when <paramref name="bearer"/> is the Direct Line secret (constant-time comparison).</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), _secretHash);

    /// <summary>Signs a token for <paramref name="conversationId"/> and <paramref name="userId"/>, valid for <see cref="Lifetime"/>.</summary>
    public IssuedDirectLineToken Issue(string conversationId, string userId)
    {
        var now = _clock.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [UserClaim] = userId },
            SigningCredentials = _credentials,
        };
        return new IssuedDirectLineToken(_handler.CreateToken(descriptor), (int)Lifetime.TotalSeconds);
    }

    /// <summary>
    /// Validates a token's signature, issuer, audience and lifetime; returns null when it is not acceptable.
    /// <paramref name="expiredGrace"/> lets a token that expired at most that long ago still pass (used to resume a
    /// conversation after a laptop slept).
    /// </summary>
    public async Task<DirectLineTokenClaims?> ValidateAsync(string token, TimeSpan expiredGrace = default)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = _signingKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            // Lifetime is judged on the injected clock (so tests can move time) rather than the library's own.
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = _clock.GetUtcNow().UtcDateTime;
                return expires is { } end && now < end + expiredGrace && (notBefore is not { } start || start <= now);
            },
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid
            || !result.Claims.TryGetValue(ConversationClaim, out var conversation) || conversation is not string conversationId
            || !result.Claims.TryGetValue(UserClaim, out var user) || user is not string userId
            || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }
        return new DirectLineTokenClaims(conversationId, userId, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "DirectLine:Secret is not set: using a random secret for this run, so tokens will not survive a restart nor work on another instance. Set one (environment variable DirectLine__Secret).")]
    private static partial void LogGeneratedSecret(ILogger logger);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "DirectLine:Secret is not set in environment {Environment}: using a random secret for this run, so widget conversations cannot resume after a restart nor move to another instance. Set one (environment variable DirectLine__Secret).")]
    private static partial void LogGeneratedSecretOutsideDevelopment(ILogger logger, string environment);
}
