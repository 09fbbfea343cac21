namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Activities as the channels send them (Web Chat, Teams, the Emulator), then mutated: fields set to any value or
/// null, removed, unknown fields added, unknown activity types, invalid ids. The result is raw JSON text.
/// </summary>
internal static class FuzzActivities
{
    private static readonly string[] Types =
    [
        "message", "message", "message", "conversationUpdate", "typing", "event", "invoke", "endOfConversation",
        "installationUpdate", "messageReaction", "trace", "handoff", "MESSAGE", "", "\u200Bmessage", "unknownType",
    ];

    /// <summary>A Web Chat message for Direct Line (the server owns ids and addressing).</summary>
    public static Dictionary<string, string> WebChatMessage(string text) => new()
    {
        ["type"] = "\"message\"",
        ["text"] = FuzzText.Literal(text),
        ["textFormat"] = "\"plain\"",
        ["channelId"] = "\"webchat\"",
        ["from"] = "{\"id\":\"r_fuzz\",\"name\":\"\",\"role\":\"user\"}",
        ["locale"] = "\"en-US\"",
        ["attachments"] = "[]",
        ["channelData"] = $"{{\"clientActivityID\":\"{Guid.NewGuid():N}\"}}",
        ["entities"] = "[{\"type\":\"ClientCapabilities\",\"requiresBotState\":true}]",
    };

    /// <summary>An activity for <c>/api/messages</c> whose replies come back in the HTTP body.</summary>
    public static Dictionary<string, string> ConnectorActivity(string type, string conversationId, string text) => new()
    {
        ["type"] = FuzzText.Literal(type),
        ["id"] = $"\"{Guid.NewGuid():N}\"",
        ["channelId"] = "\"emulator\"",
        ["deliveryMode"] = "\"expectReplies\"",
        ["conversation"] = $"{{\"id\":{FuzzText.Literal(conversationId)}}}",
        ["from"] = "{\"id\":\"user-fuzz\",\"name\":\"Fuzz\"}",
        ["recipient"] = "{\"id\":\"bot\"}",
        ["text"] = FuzzText.Literal(text),
        ["locale"] = "\"en-GB\"",
        ["serviceUrl"] = "\"https://smba.trafficmanager.net/emea/\"",
    };

    /// <summary>A random type, sometimes unknown or malformed.</summary>
    public static string Type(Random random) => Types[random.Next(Types.Length)];

    /// <summary>Applies 1-4 random mutations to <paramref name="fields"/> and writes the JSON object.</summary>
    public static string Mutate(Random random, Dictionary<string, string> fields)
    {
        var mutations = random.Next(1, 5);
        for (var i = 0; i < mutations; i++)
        {
            var keys = fields.Keys.ToList();
            switch (random.Next(6))
            {
                case 0 when keys.Count > 0:
                    fields.Remove(keys[random.Next(keys.Count)]);
                    break;
                case 1 when keys.Count > 0:
                    fields[keys[random.Next(keys.Count)]] = "null";
                    break;
                case 2:
                    fields["attachments"] = random.Next(2) == 0 ? FuzzJson.HugeArray(random) : FuzzJson.Array(random, 2, random.Next(1, 30));
                    break;
                case 3:
                    fields["entities"] = random.Next(2) == 0 ? FuzzJson.HugeArray(random) : FuzzJson.Array(random, 2, random.Next(1, 30));
                    break;
                case 4:
                    fields["type"] = FuzzText.Literal(Type(random));
                    break;
                default:
                    fields[random.Next(3) == 0 ? FuzzJson.Key(random) : keys.Count > 0 ? keys[random.Next(keys.Count)] : "text"] = FuzzJson.Value(random);
                    break;
            }
        }
        return Write(fields);
    }

    /// <summary>The fields as a JSON object (keys escaped, values raw).</summary>
    public static string Write(Dictionary<string, string> fields) =>
        "{" + string.Join(",", fields.Select(f => FuzzText.Literal(f.Key) + ":" + f.Value)) + "}";
}
