using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Tests.Authentication;

/// <summary>An RSA key the local issuer signs with, published as a JWK that may carry Bot Framework endorsements.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>Signing credentials with this key's private half, named by <paramref name="claimedKeyId"/> (default: its own id).</summary>
    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256, string? claimedKeyId = null) =>
        new(new RsaSecurityKey(_rsa) { KeyId = claimedKeyId ?? KeyId }, algorithm);

    /// <summary>The public modulus: what an attacker would try as an HMAC secret in a key-confusion forgery.</summary>
    public byte[] PublicModulus => _rsa.ExportParameters(false).Modulus!;

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(channel => (JsonNode)channel)]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
