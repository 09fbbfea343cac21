using System.Net.WebSockets;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

public class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_sends_the_welcome_then_pushes_the_echo_and_the_reply_as_activity_sets()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        await using var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);

        var first = await socket.ReceiveAsync();
        Assert.Equal(EchoTestBot.WelcomeFor(UserId), DirectLineSocket.Text(first!["activities"]![0]!.AsObject()));
        Assert.Equal("1", (string)first["watermark"]!);

        var id = await conversation.Send("typing", clientActivityId: "ws1");
        var frames = await socket.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#1 you said: typing");

        var pushed = DirectLineSocket.Activities(frames).ToList();
        var echo = Assert.Single(pushed, a => (string?)a["id"] == id);
        Assert.Equal("ws1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("3", (string)frames[^1]["watermark"]!);
        // The bot's typing is forwarded live, without a watermark so the conversation.Client keeps its own. On a busy
        // machine the typing middleware may add its own indicator when the turn runs past its delay: at least one.
        var typingFrames = frames.Where(f => f["activities"]![0]!["type"]!.ToString() == "typing").ToList();
        Assert.NotEmpty(typingFrames);
        Assert.All(typingFrames, frame => Assert.Null(frame["watermark"]));
        Assert.Equal(0, pushed.Count(a => (string?)a["type"] == "message" && (string?)a["id"] == $"{conversation.Id}|0000000"));
    }

    [Fact]
    public async Task Empty_keep_alive_frames_are_ignored_and_the_stream_keeps_working()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        await using var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);
        await socket.ReceiveAsync();

        await socket.SendEmptyPingAsync();
        await socket.SendEmptyPingAsync();
        await conversation.Send("after pings");

        var frames = await socket.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#1 you said: after pings");
        Assert.NotEmpty(frames);
        Assert.Equal(1, host.Bot.MessagesReceived);
    }

    [Fact]
    public async Task After_a_dropped_socket_the_reconnect_stream_resumes_after_the_last_watermark()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        string watermark;
        await using (var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl))
        {
            watermark = (string)(await socket.ReceiveAsync())!["watermark"]!;
            await socket.CloseAsync();
        }
        // Said while the laptop slept.
        await conversation.Send("missed one");

        using var response = await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await ReadObjectAsync(response);
        await using var resumed = await DirectLineSocket.ConnectAsync((string)reconnected["streamUrl"]!);
        var frame = await resumed.ReceiveAsync();

        Assert.Equal(["missed one", "#1 you said: missed one"], frame!["activities"]!.AsArray().Select(a => DirectLineSocket.Text(a!.AsObject())));
        Assert.Equal("3", (string)frame["watermark"]!);
    }

    [Fact]
    public async Task Two_streams_of_one_conversation_both_get_every_activity()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        await using var tab1 = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);
        await using var tab2 = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);
        await tab1.ReceiveAsync();
        await tab2.ReceiveAsync();

        await conversation.Send("both");

        Assert.NotEmpty(await tab1.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#1 you said: both"));
        Assert.NotEmpty(await tab2.ReceiveUntilAsync(a => DirectLineSocket.Text(a) == "#1 you said: both"));
    }

    [Fact]
    public async Task When_the_conversation_ends_the_stream_delivers_the_end_and_closes()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        await using var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);
        await socket.ReceiveAsync();

        await conversation.Send("bye");
        var frames = await socket.ReceiveUntilAsync(a => (string?)a["type"] == "endOfConversation");

        Assert.Contains(DirectLineSocket.Activities(frames), a => DirectLineSocket.Text(a) == "Goodbye.");
        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task The_stream_refuses_expired_tokens_and_plain_http()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:01:00" });
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var started = await StartConversationAsync(secret);
        var httpStreamUrl = ((string)started["streamUrl"]!).Replace("ws://", "http://", StringComparison.Ordinal);
        using var anonymous = host.CreateClient();

        await AssertProblemAsync(await anonymous.GetAsync(httpStreamUrl), HttpStatusCode.BadRequest);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await AssertProblemAsync(await anonymous.GetAsync(httpStreamUrl), HttpStatusCode.Forbidden);
        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocket.ConnectAsync((string)started["streamUrl"]!));
    }
}
