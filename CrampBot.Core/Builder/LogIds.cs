using System.Security.Cryptography;
using System.Text;

namespace CrampBot.Builder;

/// <summary>
/// Ids as they are written to logs and traces: a conversation id (and an activity id, which on Direct Line starts
/// with the conversation id) is a bearer of the conversation's history, so logs carry a short one-way hash instead.
/// The same id always gives the same hash, so a conversation's log lines can still be followed.
/// </summary>
public static class LogIds
{
    /// <summary>The first 12 hex digits of the id's SHA-256, prefixed <c>h:</c>; null stays null.</summary>
    public static string? Hash(string? id)
    {
        if (id is null)
        {
            return null;
        }
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), digest);
        return "h:" + Convert.ToHexStringLower(digest[..6]);
    }
}
