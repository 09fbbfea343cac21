using System.Buffers;
using System.Text;
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

    /// <summary>
    /// The JSON property holding a document's time to live in whole seconds: a store forgets the document that long
    /// after its last write (see <see cref="IStorage"/>). Absent or not positive: kept until deleted.
    /// </summary>
    public const string TimeToLiveProperty = "ttlSeconds";

    /// <summary>Reads a document's eTag, or null when it has none.</summary>
    public static string? GetETag(JsonObject document) =>
        document.TryGetPropertyValue(ETagProperty, out var node) && node is JsonValue value && value.TryGetValue<string>(out var etag) ? etag : null;

    /// <summary>Sets a document's eTag.</summary>
    public static void SetETag(JsonObject document, string etag) => document[ETagProperty] = etag;

    /// <summary>
    /// Gives a document a time to live (rounded up to whole seconds); <see cref="TimeSpan.Zero"/> or less removes it,
    /// so the document is kept until deleted.
    /// </summary>
    public static void SetTimeToLive(JsonObject document, TimeSpan timeToLive)
    {
        if (timeToLive <= TimeSpan.Zero)
        {
            document.Remove(TimeToLiveProperty);
            return;
        }
        document[TimeToLiveProperty] = (long)Math.Ceiling(timeToLive.TotalSeconds);
    }

    /// <summary>The document's time to live, or null when it is kept until deleted.</summary>
    public static TimeSpan? GetTimeToLive(JsonObject document) =>
        document.TryGetPropertyValue(TimeToLiveProperty, out var node) && node is JsonValue value
        && value.TryGetValue<long>(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>When a document written at <paramref name="writtenAt"/> expires, or null when it is kept until deleted.</summary>
    public static DateTimeOffset? ExpiresAt(JsonObject document, DateTimeOffset writtenAt) =>
        GetTimeToLive(document) is { } timeToLive ? writtenAt + timeToLive : null;

    /// <summary>True when a write carrying <paramref name="incoming"/> may replace a document stored at <paramref name="stored"/>.</summary>
    public static bool WriteAllowed(string? incoming, string? stored) =>
        string.IsNullOrEmpty(incoming) || incoming == Any || incoming == stored;

    /// <summary>
    /// The document as JSON without its eTag: a store keeps the eTag on its own (a column, a field, the blob's ETag),
    /// so the stored JSON never holds a second, possibly stale copy.
    /// </summary>
    public static string ToJsonWithoutETag(JsonObject document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteWithoutETag(writer, document);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes the document without its eTag, byte for byte as <see cref="JsonNode.ToJsonString"/> would write it
    /// without that property (written straight from the document: no copy to drop the eTag from).
    /// </summary>
    public static void WriteWithoutETag(Utf8JsonWriter writer, JsonObject document)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in document)
        {
            if (name == ETagProperty)
            {
                continue;
            }
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
        writer.WriteEndObject();
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
