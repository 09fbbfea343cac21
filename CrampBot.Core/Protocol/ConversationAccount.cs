using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>The conversation an activity belongs to. Ids are opaque: never parse them (Teams ids contain ';' and '=').</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? Role { get; set; }

    /// <summary>
    /// A group chat or a team channel, not a one-to-one chat: <see cref="IsGroup"/> is true, or
    /// <see cref="ConversationType"/> is <c>groupChat</c> or <c>channel</c> (Teams, and its playground, say it either way).
    /// </summary>
    public bool IsGroupConversation() =>
        IsGroup == true
        || string.Equals(ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
        || string.Equals(ConversationType, "channel", StringComparison.OrdinalIgnoreCase);

    /// <summary>Channel-specific properties, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
