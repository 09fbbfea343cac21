using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>A participant of a conversation: a user or a bot, as the channel names it.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    /// <summary>Channel-specific properties, kept for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
