using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

public sealed class DirectLineRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crampbot-directline-").FullName;

    [Fact]
    public async Task A_conversation_survives_a_server_restart_on_the_same_sqlite_file()
    {
        var database = Path.Combine(_folder, "crampbot.db");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        string conversationId, token, watermark;
        WebSocketCloseStatus? closedWith;
        await using (var before = DirectLineTestHost.Start(sqlitePath: database, clock: clock))
        {
            using var secret = before.CreateClient(DirectLineTestHost.Secret);
            var started = await StartConversationAsync(secret);
            conversationId = (string)started["conversationId"]!;
            token = (string)started["token"]!;
            using var client = before.CreateClient(token);
            await PostMessageAsync(client, conversationId, "before the restart");
            var socket = await DirectLineSocket.ConnectAsync((string)started["streamUrl"]!);
            watermark = (string)(await socket.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#1 you said: before the restart"))[^1]["watermark"]!;
            await before.DisposeAsync();
            // The stopping server says goodbye properly, so the client knows to reconnect.
            Assert.Null(await socket.ReceiveAsync());
            closedWith = socket.CloseStatus;
            await socket.DisposeAsync();
        }
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closedWith);

        clock.Advance(TimeSpan.FromMinutes(3));
        await using var after = DirectLineTestHost.Start(sqlitePath: database, clock: clock);
        using var resumedClient = after.CreateClient(token);

        using var reconnect = await resumedClient.GetAsync($"/v3/directline/conversations/{conversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var (history, end) = await GetActivitiesAsync(resumedClient, conversationId);
        Assert.Equal([EchoTestBot.WelcomeFor(UserId), "before the restart", "#1 you said: before the restart"], history.Select(a => (string)a!["text"]!));
        Assert.Equal(watermark, end);

        var streamUrl = (string)(await ReadObjectAsync(reconnect))["streamUrl"]!;
        await using var stream = await DirectLineSocket.ConnectAsync(streamUrl);
        var id = await PostMessageAsync(resumedClient, conversationId, "after the restart");
        var frames = await stream.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#2 you said: after the restart");

        Assert.Equal($"{conversationId}|0000003", id);
        Assert.DoesNotContain(DirectLineSocket.Activities(frames), a => DirectLineSocket.Text(a) == "before the restart");
        Assert.True(DateTimeOffset.Parse((string)frames[^1]["activities"]!.AsArray().Last()!["timestamp"]!) > DateTimeOffset.Parse((string)history.Last()!["timestamp"]!));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
