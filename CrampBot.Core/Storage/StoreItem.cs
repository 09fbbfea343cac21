using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.Storage;

/// <summary>Helpers for the eTag that every stored document carries.</summary>
public static class StoreItem
{
    /// <summary>The JSON property holding a document's version.</summary>
    public const string ETagProperty = "eTag";

    /// <summary>The eTag that overwrites whatever is stored.</summary>
    public const string Any = "*";

    /// <summary>Reads a document's eTag, or null when it has none.</summary>
    public static string? GetETag(JsonObject document) =>
        document.TryGetPropertyValue(ETagProperty, out var node) && node is JsonValue value && value.TryGetValue<string>(out var etag) ? etag : null;

    /// <summary>Sets a document's eTag.</summary>
    public static void SetETag(JsonObject document, string etag) => document[ETagProperty] = etag;

    /// <summary>True when a write carrying <paramref name="incoming"/> may replace a document stored at <paramref name="stored"/>.</summary>
    public static bool WriteAllowed(string? incoming, string? stored) =>
        string.IsNullOrEmpty(incoming) || incoming == Any || incoming == stored;

    /// <summary>
    /// The document as JSON without its eTag: a store keeps the eTag on its own (a column, a field, the blob's ETag),
    /// so the stored JSON never holds a second, possibly stale copy.
    /// </summary>
    public static string ToJsonWithoutETag(JsonObject document)
    {
        var copy = (JsonObject)document.DeepClone();
        copy.Remove(ETagProperty);
        return copy.ToJsonString();
    }

    /// <summary>Reads stored JSON back as a document; null when it is missing, malformed or not an object.</summary>
    public static JsonObject? ParseDocument(string? json) => json is null ? null : ParseDocument(() => JsonNode.Parse(json));

    /// <summary>Reads stored UTF-8 JSON back as a document; null when it is malformed or not an object.</summary>
    public static JsonObject? ParseDocument(ReadOnlyMemory<byte> utf8Json) => ParseDocument(() => JsonNode.Parse(utf8Json.Span));

    private static JsonObject? ParseDocument(Func<JsonNode?> parse)
    {
        try
        {
            return parse() as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
