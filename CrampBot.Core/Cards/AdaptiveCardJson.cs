using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Cards;

/// <summary>
/// The JSON settings Adaptive Cards are written with: camelCase names and enum values (the schema's spelling),
/// nulls omitted (the schema rejects <c>null</c> for most properties).
/// </summary>
public static class AdaptiveCardJson
{
    /// <summary>Options for writing card models.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The card as a JSON tree, ready to be an attachment's <c>content</c>.</summary>
    public static JsonObject ToJsonObject(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, Options)!.AsObject();

    /// <summary>The card as JSON text.</summary>
    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
