using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>A file or card carried by an activity, e.g. an Adaptive Card with content type <see cref="ContentTypes.AdaptiveCard"/>.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    /// <summary>Properties the schema here does not name; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
