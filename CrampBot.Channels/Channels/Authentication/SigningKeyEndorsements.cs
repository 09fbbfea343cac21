using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Channels.Authentication;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> JWK member: the channels (e.g. <c>msteams</c>) a signing key may speak
/// for. Microsoft.IdentityModel keeps members it does not know in <see cref="JsonWebKey.AdditionalData"/>.
/// </summary>
internal static class SigningKeyEndorsements
{
    private const string EndorsementsMember = "endorsements";

    /// <summary>True when the key <paramref name="keyId"/> of <paramref name="configuration"/> endorses <paramref name="channelId"/>.</summary>
    public static bool Endorses(BaseConfiguration? configuration, string? keyId, string? channelId)
    {
        // A token without a channel cannot be bound to one, so it cannot be accepted from the channel service.
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(keyId)
            || configuration is not OpenIdConnectConfiguration { JsonWebKeySet: { } keySet })
        {
            return false;
        }

        return keySet.Keys
            .Where(key => string.Equals(key.Kid, keyId, StringComparison.Ordinal))
            .Any(key => Read(key).Contains(channelId, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The endorsements of <paramref name="key"/>, whatever shape the JSON reader stored them in.</summary>
    public static IReadOnlyList<string> Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.OfType<object>().Select(item => item is JsonElement element ? element.ToString() : item.ToString() ?? string.Empty)],
            _ => [],
        };
    }
}
