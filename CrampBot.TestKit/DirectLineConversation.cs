using System.Text.Json.Nodes;

namespace CrampBot.TestKit;

/// <summary>A conversation started with the secret, and a client holding its token.</summary>
public sealed record DirectLineConversation(JsonObject Started, HttpClient Client) : IDisposable
{
    public string Id => (string)Started["conversationId"]!;

    public string Token => (string)Started["token"]!;

    public string StreamUrl => (string)Started["streamUrl"]!;

    public void Dispose() => Client.Dispose();
}
