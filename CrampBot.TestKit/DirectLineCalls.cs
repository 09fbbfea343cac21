using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CrampBot.TestKit;

/// <summary>Raw Direct Line calls as Web Chat makes them, returning the parsed JSON for the assertions.</summary>
public static class DirectLineCalls
{
    /// <summary>The user a conversation is started for unless a test names another.</summary>
    public const string UserId = "r_testuser1";

    public static async Task<JsonObject> StartConversationAsync(HttpClient client, string? userId = null, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var body = new JsonObject { ["user"] = new JsonObject { ["id"] = userId ?? UserId } };
        using var response = await client.PostAsync("/v3/directline/conversations", JsonBody(body));
        Assert.Equal(expected, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public static async Task<JsonObject> GenerateTokenAsync(HttpClient secretClient)
    {
        using var response = await secretClient.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    /// <summary>Posts a Web Chat-shaped message; returns the server id.</summary>
    public static async Task<string> PostMessageAsync(HttpClient client, string conversationId, string text, string? clientActivityId = null)
    {
        using var response = await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", JsonBody(Message(text, clientActivityId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ReadObjectAsync(response))["id"]!;
    }

    public static async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(HttpClient client, string conversationId, string watermark = "")
    {
        using var response = await client.GetAsync($"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await ReadObjectAsync(response);
        return (set["activities"]!.AsArray(), (string)set["watermark"]!);
    }

    /// <summary>The body Web Chat 4.18.1 posts for a typed message (shared/notes/directline-webchat.md).</summary>
    public static JsonObject Message(string text, string? clientActivityId = null) => new()
    {
        ["attachments"] = new JsonArray(),
        ["channelData"] = new JsonObject { ["attachmentSizes"] = new JsonArray(), ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N")[..10] },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["type"] = "message",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "", ["role"] = "user" },
        ["locale"] = "en-US",
        ["localTimestamp"] = "2026-11-25T17:47:48.080Z",
        ["localTimezone"] = "UTC",
        ["entities"] = new JsonArray(new JsonObject { ["requiresBotState"] = true, ["supportsListening"] = true, ["supportsTts"] = true, ["type"] = "ClientCapabilities" }),
    };

    public static StringContent JsonBody(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    /// <summary>Asserts an RFC 7807 answer with <paramref name="status"/>.</summary>
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadObjectAsync(response);
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        return problem;
    }

    /// <summary>Decodes a JWT's payload (what Web Chat's jwt-decode does) without checking it.</summary>
    public static JsonObject DecodeTokenPayload(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }

    public static HttpClient WithBearer(this HttpClient client, string bearer)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }
}
