using System.Text.Json;

namespace CrampBot.Hosting;

/// <summary>
/// Finds text a JSON parser accepts but cannot turn into a .NET string: invalid UTF-8 bytes inside a string, or a
/// <c>\uD800</c>-style escape for a lone surrogate. Parsers only notice when a string is read, which may be long after
/// the request was accepted (a 500 then), so bodies are checked once, up front.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// True when <paramref name="utf8Json"/> is well-formed JSON holding a string or a property name that cannot be
    /// read. Malformed JSON gives false: the caller's own parser reports it with its own message.
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
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
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
