using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Dialogs;

/// <summary>
/// JSON helpers for dialog state. Stored state comes back as <see cref="JsonElement"/>-backed nodes whose numbers
/// read only as what they parse to, and fresh in-memory nodes read only as the CLR type they were made from
/// (an int written as long cannot be read with GetValue&lt;int&gt;), so numbers are read through these helpers.
/// </summary>
internal static class DialogJson
{
    /// <summary>camelCase, nulls omitted, enums as camelCase strings; no type names.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    public static T? FromNode<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);

    /// <summary>Reads an integer stored as int, long, double or JSON number; <paramref name="fallback"/> when absent.</summary>
    public static int GetInt32(JsonObject state, string key, int fallback = 0)
    {
        if (state[key] is not JsonValue value)
        {
            return fallback;
        }
        if (value.TryGetValue<int>(out var asInt))
        {
            return asInt;
        }
        if (value.TryGetValue<long>(out var asLong))
        {
            return checked((int)asLong);
        }
        return value.TryGetValue<double>(out var asDouble) ? checked((int)asDouble) : fallback;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
