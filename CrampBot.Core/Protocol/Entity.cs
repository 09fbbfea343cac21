using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>
/// Metadata about an activity (a mention, clientInfo, ClientCapabilities...). The fields of a mention are named;
/// every other field of any entity type is kept in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    /// <summary>For a <c>mention</c>: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a <c>mention</c>: the mention's markup inside the activity text, e.g. <c>&lt;at&gt;CrampBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>True for an entity of type <c>mention</c>.</summary>
    [JsonIgnore]
    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase);
}
