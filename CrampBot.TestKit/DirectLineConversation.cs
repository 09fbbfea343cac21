using System.Text.Json.Nodes;

namespace CrampBot.TestKit;

/// <summary>
/// A Direct Line conversation started with the secret, and a client holding its token. <see cref="Send"/> speaks
/// as <see cref="Transcript.Send(string)"/> does, but Direct Line answers later: the bot's replies are read with
/// <see cref="Activities"/> or from the stream (<see cref="DirectLineSocket"/>).
/// </summary>
public sealed record DirectLineConversation(JsonObject Started, HttpClient Client) : IDisposable
{
    public string Id => (string)Started["conversationId"]!;

    public string Token => (string)Started["token"]!;

    public string StreamUrl => (string)Started["streamUrl"]!;

    /// <summary>Posts a Web Chat-shaped message; returns the id the server gave it.</summary>
    public Task<string> Send(string text, string? clientActivityId = null) =>
        DirectLineCalls.PostMessageAsync(Client, Id, text, clientActivityId);

    /// <summary>The conversation's activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public Task<(JsonArray Activities, string Watermark)> Activities(string watermark = "") =>
        DirectLineCalls.GetActivitiesAsync(Client, Id, watermark);

    public void Dispose() => Client.Dispose();
}
