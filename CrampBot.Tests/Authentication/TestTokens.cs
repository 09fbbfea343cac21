using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Tests.Authentication;

/// <summary>Mints the tokens (good and forged) the tests present, with IdentityModel's own writer where it can sign.</summary>
internal static class TestTokens
{
    public const string AppId = "6f1d7d3e-2c55-4c1e-9a59-0f6f0c6a3b21";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string Teams = "msteams";

    private static readonly JsonWebTokenHandler Writer = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token like Azure Bot Service's: issuer api.botframework.com, audience the app id, serviceurl claim.</summary>
    public static string Channel(
        SigningCredentials credentials,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = "https://smba.trafficmanager.net/amer",
        DateTime? notBefore = null,
        DateTime? expires = null,
        IDictionary<string, object>? claims = null)
    {
        var allClaims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            allClaims["serviceurl"] = serviceUrl;
        }

        var now = DateTime.UtcNow;
        return Writer.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = allClaims,
            SigningCredentials = credentials,
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the claims of a good one.</summary>
    public static string Unsigned()
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>
    /// What the Teams playground sends with the teams-ai target: HS256 keyed with "dummy-secret-key", payload only
    /// serviceurl and iat. Signed by hand because IdentityModel refuses to sign with so short a key.
    /// </summary>
    public static string PlaygroundDummy()
    {
        var header = Encode(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" });
        var payload = Encode(new JsonObject { ["serviceurl"] = ServiceUrl, ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes("dummy-secret-key"), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>HS256 with otherwise perfect claims, keyed with <paramref name="secret"/> (e.g. a published RSA modulus).</summary>
    public static string Hs256(byte[] secret, string keyId) =>
        Channel(new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = keyId }, SecurityAlgorithms.HmacSha256));

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}
