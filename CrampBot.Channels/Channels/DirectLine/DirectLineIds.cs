using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CrampBot.Channels.DirectLine;

/// <summary>New conversation and user ids, and what a client-chosen user id may look like.</summary>
public static partial class DirectLineIds
{
    /// <summary>An unguessable conversation id (128 random bits, URL-safe, no '|', which separates activity ids).</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A user id for a token: the <c>dl_</c> prefix marks ids embedded in tokens, as Azure's Direct Line does.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>True for a plausible user id: 1–64 letters, digits or <c>_-.:@</c>.</summary>
    public static bool IsValidUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    /// <summary>True for something that can be a conversation id of ours (checked before any storage lookup).</summary>
    public static bool IsValidConversationId(string? id) => id is not null && ConversationIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ConversationIdPattern();
}
