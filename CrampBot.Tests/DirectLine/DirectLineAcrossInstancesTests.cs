using CrampBot.Channels.DirectLine;
using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

/// <summary>
/// Two CrampBot hosts on one real Redis, as two instances behind a load balancer: the Direct Line stream open on one
/// carries what happens on the other, tokens of one work on the other, a dropped Redis link loses nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineAcrossInstancesTests(RedisServer server)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = RedisServer.UniquePrefix();

    [Fact]
    public async Task A_stream_on_one_host_carries_every_reply_to_messages_posted_on_either_host_once_and_in_order()
    {
        const int messages = 20;
        await using var a = StartHost(server.Configuration);
        await using var b = StartHost(server.Configuration);
        using var conversation = await a.StartConversationAsync();
        using var onB = b.CreateClient(conversation.Token);
        await using var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);

        for (var i = 1; i <= messages; i++)
        {
            // Odd messages go to the other host: the stream's host takes no part in those turns.
            await PostMessageAsync(i % 2 == 1 ? onB : conversation.Client, conversation.Id, $"m{i}");
        }
        var frames = await socket.ReceiveUntilAsync(activity => DirectLineSocket.Text(activity) == $"#{messages} you said: m{messages}");

        AssertLoggedOnceInOrder(frames, messages);
        Assert.Equal((messages + 1) / 2, b.Bot.MessagesReceived);
        Assert.Equal(messages / 2, a.Bot.MessagesReceived);
    }

    [Fact]
    public async Task A_token_minted_on_one_host_works_on_the_other()
    {
        await using var a = StartHost(server.Configuration);
        await using var b = StartHost(server.Configuration);
        using var secretOnA = a.CreateClient(DirectLineTestHost.Secret);
        var generated = await GenerateTokenAsync(secretOnA);

        // Generated on A, the conversation starts on B.
        using var tokenOnB = b.CreateClient((string)generated["token"]!);
        var started = await StartConversationAsync(tokenOnB);
        var conversationId = (string)started["conversationId"]!;
        Assert.Equal((string)generated["conversationId"]!, conversationId);

        // The token B returned refreshes on A, and the refreshed one reads the log on B.
        using var refreshOnA = a.CreateClient((string)started["token"]!);
        using var refreshed = await refreshOnA.PostAsync("/v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        using var readOnB = b.CreateClient((string)(await ReadObjectAsync(refreshed))["token"]!);
        var (activities, _) = await GetActivitiesAsync(readOnB, conversationId);
        var user = (string?)DecodeTokenPayload((string)generated["token"]!)["user"];
        Assert.Equal(EchoTestBot.WelcomeFor(user), (string?)activities.Single()!["text"]);

        // Shared keys, not shared trust in anything: a tampered token is still refused.
        using var forged = a.CreateClient((string)generated["token"]! + "x");
        using var refused = await forged.GetAsync($"/v3/directline/conversations/{conversationId}/activities");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_reply_published_while_the_streams_host_had_lost_redis_arrives_once_the_link_is_back()
    {
        await using var proxy = new TcpProxy(server.Port);
        await using var a = StartHost(proxy.Configuration);
        await using var b = StartHost(server.Configuration);
        using var conversation = await a.StartConversationAsync();
        using var onB = b.CreateClient(conversation.Token);
        await using var socket = await DirectLineSocket.ConnectAsync(conversation.StreamUrl);
        await PostMessageAsync(onB, conversation.Id, "m1");
        await socket.ReceiveUntilAsync(activity => DirectLineSocket.Text(activity) == "#1 you said: m1");

        // A's link to Redis (its subscription with it) is down while B logs and announces the reply: the notice is lost.
        proxy.Cut();
        await PostMessageAsync(onB, conversation.Id, "m2");
        proxy.Restore();
        var frames = await socket.ReceiveUntilAsync(activity => DirectLineSocket.Text(activity) == "#2 you said: m2");

        // Nothing is sent twice: the next reply follows straight after.
        await PostMessageAsync(onB, conversation.Id, "m3");
        frames.AddRange(await socket.ReceiveUntilAsync(activity => DirectLineSocket.Text(activity) == "#3 you said: m3"));
        var texts = Logged(frames).Select(DirectLineSocket.Text).ToList();
        Assert.Equal(["m2", "#2 you said: m2", "m3", "#3 you said: m3"], texts[texts.IndexOf("m2")..]);
        Assert.Equal(texts.Count, Logged(frames).Select(activity => (string)activity["id"]!).Distinct().Count());
    }

    [Fact]
    public async Task Two_instances_appending_to_one_log_at_once_lose_nothing()
    {
        const int perInstance = 15;
        var storage = new RedisStorage(server.Connection, _prefix, NullLogger<RedisStorage>.Instance);
        var options = Options.Create(new DirectLineOptions());
        var first = new DirectLineConversationStore(storage, _clock, options);
        var second = new DirectLineConversationStore(storage, _clock, options);
        await first.GetOrCreateAsync("conv-1", "u1", CancellationToken.None);

        // Each instance appends in turn (as its own lock makes it), both at once, across a page boundary.
        await Task.WhenAll(
            Task.Run(() => AppendAsync(first, "first", perInstance)),
            Task.Run(() => AppendAsync(second, "second", perInstance)));

        var window = await second.ReadAsync("conv-1", 0, CancellationToken.None);
        Assert.Equal(2 * perInstance, window.Watermark);
        Assert.Equal(
            [.. Enumerable.Range(0, 2 * perInstance).Select(index => DirectLineConversationStore.ActivityId("conv-1", index))],
            window.Activities.Select(activity => (string)activity["id"]!));
        Assert.Equal(2 * perInstance, window.Activities.Select(activity => (string)activity["text"]!).Distinct().Count());
    }

    [Fact]
    public async Task Redis_forgets_a_conversation_and_its_state_after_their_retention()
    {
        await using var a = StartHost(server.Configuration);
        using var conversation = await a.StartConversationAsync();
        await conversation.Send("hello");
        var database = server.Connection.GetDatabase();

        var log = await database.KeyTimeToLiveAsync(_prefix + "directline-service/conversations/" + conversation.Id);
        var page = await database.KeyTimeToLiveAsync(_prefix + "directline-service/conversations/" + conversation.Id + "/activities/0");
        var state = await database.KeyTimeToLiveAsync(_prefix + "directline/conversations/" + conversation.Id);

        Assert.All(new[] { log, page }, ttl => Assert.InRange(ttl!.Value, TimeSpan.FromHours(23), TimeSpan.FromDays(1)));
        Assert.InRange(state!.Value, TimeSpan.FromHours(1), TimeSpan.FromHours(2));
    }

    /// <summary>The one place hosts are made: CrampBot with the echo bot, state and backplane on the given Redis.</summary>
    private DirectLineTestHost StartHost(string redisConfiguration) => DirectLineTestHost.Start(
        new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:Configuration"] = redisConfiguration,
            ["Storage:Redis:KeyPrefix"] = _prefix,
            ["Storage:Retention:Conversations"] = "02:00:00",
        },
        clock: _clock);

    private static async Task AppendAsync(DirectLineConversationStore store, string name, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var appended = await store.AppendAsync("conv-1", new JsonObject { ["type"] = "message", ["text"] = $"{name} {i}" }, new DirectLineAppendRules(), CancellationToken.None);
            Assert.NotNull(appended);
        }
    }

    private static List<JsonObject> Logged(IEnumerable<JsonObject> frames) =>
        [.. DirectLineSocket.Activities(frames).Where(activity => (string?)activity["type"] != "typing")];

    private static void AssertLoggedOnceInOrder(List<JsonObject> frames, int messages)
    {
        var logged = Logged(frames);
        string[] expected = [EchoTestBot.WelcomeFor(UserId), .. Enumerable.Range(1, messages).SelectMany(i => new[] { $"m{i}", $"#{i} you said: m{i}" })];
        Assert.Equal(expected, logged.Select(DirectLineSocket.Text));
        var ids = logged.Select(activity => (string)activity["id"]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
