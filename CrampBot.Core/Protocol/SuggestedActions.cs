using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>Quick replies shown under a message until the user answers.</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients that should see the actions (optional).</summary>
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];

    /// <summary>Properties the schema here does not name; written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
