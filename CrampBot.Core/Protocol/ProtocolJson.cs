using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>The JSON settings of the wire format: camelCase names, nulls omitted, unknown fields kept.</summary>
public static class ProtocolJson
{
    /// <summary>Options used for every activity read from or written to the wire.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Some channels send numbers as strings and the other way round only in fields we keep as JsonNode;
            // named fields are strict so that a malformed activity is a 400, not a half-read turn.
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
