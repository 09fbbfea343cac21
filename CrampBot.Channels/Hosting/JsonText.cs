using System.Text.Json;

namespace CrampBot.Hosting;

/// <summary>
/// Finds what a JSON parser accepts but throws on later, when the value is read: invalid UTF-8 bytes inside a string,
/// a <c>\uD800</c>-style escape for a lone surrogate, a property name given twice in one object (a JsonObject throws on
/// first access). Read long after the request was accepted, they were 500s, so bodies are checked once, up front.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// True when <paramref name="utf8Json"/> is well-formed JSON holding a string or a property name that cannot be
    /// read, or a property name twice in one object. Malformed JSON gives false: the caller's own parser reports it.
    /// </summary>
    public static bool HasUnreadableText(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            Read(document.RootElement);
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                element.GetString();
                break;
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        throw new InvalidOperationException("A property name is given twice.");
                    }
                    Read(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Read(item);
                }
                break;
        }
    }
}
