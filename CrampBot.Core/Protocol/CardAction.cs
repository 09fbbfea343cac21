using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>A clickable action (a suggested action or a hero-card button).</summary>
public sealed class CardAction
{
    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }

    /// <summary>Properties the schema here does not name; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An imBack action: tapping it sends <paramref name="title"/> as if the user typed it.</summary>
    public static CardAction ImBack(string title) => new() { Type = ActionTypes.ImBack, Title = title, Value = title };
}
