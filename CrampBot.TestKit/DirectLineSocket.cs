using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace CrampBot.TestKit;

/// <summary>A raw WebSocket client of the stream, reading ActivitySet frames the way directlinejs does.</summary>
public sealed class DirectLineSocket : IAsyncDisposable
{
    // Only a guard against a hung test run; no assertion depends on time.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<DirectLineSocket> ConnectAsync(string streamUrl)
    {
        var socket = new DirectLineSocket();
        using var guard = new CancellationTokenSource(Guard);
        await socket._socket.ConnectAsync(new Uri(streamUrl), guard.Token);
        return socket;
    }

    /// <summary>The next frame as JSON, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, guard.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Reads frames until an activity matches <paramref name="until"/>; returns every frame read.</summary>
    public async Task<List<JsonObject>> ReceiveUntilAsync(Func<JsonObject, bool> until)
    {
        var frames = new List<JsonObject>();
        while (true)
        {
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException("The server closed the stream first.");
            frames.Add(frame);
            if (frame["activities"]!.AsArray().Any(a => until(a!.AsObject())))
            {
                return frames;
            }
        }
    }

    /// <summary>directlinejs's keep-alive: an empty text frame.</summary>
    public Task SendEmptyPingAsync() =>
        _socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async Task CloseAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", guard.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await CloseAsync();
        }
        _socket.Dispose();
    }

    public static string Text(JsonObject activity) => (string?)activity["text"] ?? string.Empty;

    public static IEnumerable<JsonObject> Activities(IEnumerable<JsonObject> frames) =>
        frames.SelectMany(frame => frame["activities"]!.AsArray().Select(a => a!.AsObject()));

}
