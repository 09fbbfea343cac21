using System.Text;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Raw JSON text (not an object model, so it can hold what a serializer would refuse to write): every value type,
/// nulls, odd numbers, huge arrays, nesting deeper than any parser allows, and byte-level breakage of whole bodies.
/// </summary>
internal static class FuzzJson
{
    private static readonly string[] Numbers = ["0", "-0", "-1", "1e309", "-1e309", "12345678901234567890123456789", "0.000000001", "2147483648", "-2147483649", "1.5", "NaN", "Infinity", "01"];

    private static readonly string[] Keys =
    [
        "type", "id", "text", "from", "recipient", "conversation", "channelData", "attachments", "entities", "value",
        "serviceUrl", "deliveryMode", "membersAdded", "membersRemoved", "locale", "timestamp", "replyToId", "textFormat",
        "suggestedActions", "name", "channelId", "user", "token", "conversationId", "clientActivityID", "role", "__proto__", "",
    ];

    /// <summary>Any JSON value, at most <paramref name="depth"/> levels deep (a deep-nesting case ignores it on purpose).</summary>
    public static string Value(Random random, int depth = 3)
    {
        return random.Next(depth <= 0 ? 4 : 9) switch
        {
            0 => "null",
            1 => random.Next(2) == 0 ? "true" : "false",
            2 => Numbers[random.Next(Numbers.Length)],
            3 => FuzzText.Literal(FuzzText.Next(random)),
            4 or 5 => Object(random, depth - 1, random.Next(0, 6)),
            6 => Array(random, depth - 1, random.Next(0, 6)),
            7 => random.Next(4) == 0 ? HugeArray(random) : Array(random, depth - 1, random.Next(0, 4)),
            _ => DeepNesting(random),
        };
    }

    public static string Object(Random random, int depth, int count)
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(FuzzText.Literal(Key(random))).Append(':').Append(Value(random, depth));
        }
        return builder.Append('}').ToString();
    }

    public static string Array(Random random, int depth, int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(_ => Value(random, depth))) + "]";

    /// <summary>Thousands of small elements (or empty objects) in one array.</summary>
    public static string HugeArray(Random random)
    {
        var element = random.Next(3) switch { 0 => "{}", 1 => "null", _ => "{\"type\":\"mention\"}" };
        return "[" + string.Join(",", Enumerable.Repeat(element, random.Next(1_000, 20_000))) + "]";
    }

    /// <summary>Arrays or objects nested far deeper than the 64 levels System.Text.Json accepts.</summary>
    public static string DeepNesting(Random random)
    {
        var levels = random.Next(65, 5_000);
        return random.Next(2) == 0
            ? new string('[', levels) + new string(']', levels)
            : string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels);
    }

    /// <summary>A key an activity or a token request uses, or something else.</summary>
    public static string Key(Random random) =>
        random.Next(5) == 0 ? FuzzText.Next(random) : Keys[random.Next(Keys.Length)];

    /// <summary>
    /// Breaks a body at the byte level: truncated, a byte flipped, invalid UTF-8 inserted, a BOM, trailing garbage,
    /// wrapped in an array, or emptied.
    /// </summary>
    public static byte[] Break(Random random, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(8))
        {
            case 0:
                return bytes[..random.Next(0, Math.Max(1, bytes.Length - 1))];
            case 1:
                if (bytes.Length > 0)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }
                return bytes;
            case 2:
                var at = random.Next(bytes.Length + 1);
                return [.. bytes[..at], 0xFF, 0xC0, 0xED, 0xA0, 0x80, .. bytes[at..]];
            case 3:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 4:
                return [.. bytes, .. "}}]garbage"u8];
            case 5:
                return Encoding.UTF8.GetBytes("[" + json + "]");
            case 6:
                return [];
            default:
                return Encoding.UTF8.GetBytes(json.Replace("\"", random.Next(2) == 0 ? "'" : ""));
        }
    }
}
