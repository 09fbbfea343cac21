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

    /// <summary>Channel-specific properties, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
