using System.Text;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

public class DirectLineConversationTests
{
    [Fact]
    public async Task Starting_a_conversation_answers_201_and_logs_the_bots_welcome_before_the_user_types()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);

        var started = await StartConversationAsync(secret, userId: "r_2v6yp2ue0g");

        var conversationId = (string)started["conversationId"]!;
        Assert.Equal(1800, (int)started["expires_in"]!);
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?watermark=0&t=", (string)started["streamUrl"]!);
        var update = Assert.Single(host.Bot.Received);
        Assert.Equal("conversationUpdate", update.Type);
        Assert.Equal("r_2v6yp2ue0g", Assert.Single(update.MembersAdded!).Id);
        Assert.Equal("directline", update.ChannelId);

        var (activities, watermark) = await GetActivitiesAsync(secret, conversationId);
        var welcome = Assert.Single(activities)!.AsObject();
        Assert.Equal("1", watermark);
        Assert.Equal(EchoTestBot.WelcomeFor("r_2v6yp2ue0g"), (string)welcome["text"]!);
        Assert.Equal($"{conversationId}|0000000", (string)welcome["id"]!);
        Assert.Equal("bot", (string)welcome["from"]!["role"]!);
        Assert.Equal("crampbot", (string)welcome["from"]!["id"]!);
        Assert.Equal("r_2v6yp2ue0g", (string)welcome["recipient"]!["id"]!);
        Assert.Equal(conversationId, (string)welcome["conversation"]!["id"]!);
        // Its replyToId would name the conversationUpdate, which the client never sees: Web Chat would hold it 5 s.
        Assert.Null(welcome["replyToId"]);
    }

    [Fact]
    public async Task A_generated_token_starts_its_own_conversation_once()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var generated = await GenerateTokenAsync(secret);
        using var tokenClient = host.CreateClient((string)generated["token"]!);

        var first = await StartConversationAsync(tokenClient, userId: "r_ignored");
        var again = await StartConversationAsync(tokenClient, expected: HttpStatusCode.OK);

        Assert.Equal((string)generated["conversationId"]!, (string)first["conversationId"]!);
        Assert.Equal((string)generated["conversationId"]!, (string)again["conversationId"]!);
        var update = Assert.Single(host.Bot.Received);
        // The token's user, not the body's.
        Assert.Equal((string)DecodeTokenPayload((string)generated["token"]!)["user"]!, update.From!.Id);
        var (activities, _) = await GetActivitiesAsync(tokenClient, (string)generated["conversationId"]!);
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_id_and_client_activity_id_then_answered_later()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        var tokenUser = (string)DecodeTokenPayload(conversation.Token)["user"]!;

        var id = await conversation.Send("hello there", clientActivityId: "rt62pt33dd");

        Assert.Equal($"{conversation.Id}|0000001", id);
        var (activities, watermark) = await conversation.Activities("1");
        Assert.Equal("3", watermark);
        var echo = activities[0]!.AsObject();
        var reply = activities[1]!.AsObject();
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("rt62pt33dd", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("hello there", (string)echo["text"]!);
        Assert.Equal(tokenUser, (string)echo["from"]!["id"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal("directline", (string)echo["channelId"]!);
        Assert.Equal(conversation.Id, (string)echo["conversation"]!["id"]!);

        Assert.Equal("#1 you said: hello there", (string)reply["text"]!);
        Assert.Equal(id, (string)reply["replyToId"]!);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        Assert.Equal($"{conversation.Id}|0000002", (string)reply["id"]!);
        // The fake clock never moved, yet every timestamp is strictly later than the one before, to the millisecond.
        var stamps = activities.Select(a => DateTimeOffset.Parse((string)a!["timestamp"]!)).ToArray();
        Assert.True(stamps[1] > stamps[0]);
        Assert.Equal(TimeSpan.Zero, stamps[1].Offset);
        Assert.EndsWith("Z", (string)reply["timestamp"]!);
    }

    [Fact]
    public async Task The_bot_gets_the_posted_activity_with_server_id_and_directline_channel()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();

        var id = await conversation.Send("hi");

        var message = host.Bot.Received.Last();
        Assert.Equal(id, message.Id);
        Assert.Equal("directline", message.ChannelId);
        Assert.Equal("crampbot", message.Recipient!.Id);
        Assert.NotNull(message.Timestamp);
        Assert.Equal("ClientCapabilities", Assert.Single(message.Entities!).Type);
    }

    [Fact]
    public async Task The_same_client_activity_id_posted_twice_is_processed_once_and_keeps_its_id()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();

        var first = await conversation.Send("twice", clientActivityId: "retry-me");
        var second = await conversation.Send("twice", clientActivityId: "retry-me");

        Assert.Equal(first, second);
        Assert.Equal(1, host.Bot.MessagesReceived);
        var (activities, _) = await conversation.Activities();
        Assert.Single(activities, a => (string?)a!["channelData"]?["clientActivityID"] == "retry-me");
        Assert.Equal(3, activities.Count);
    }

    [Fact]
    public async Task User_typing_is_acknowledged_but_neither_logged_nor_given_to_the_bot()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        var typing = new JsonObject { ["type"] = "typing", ["channelData"] = new JsonObject { ["clientActivityID"] = "t1" }, ["from"] = new JsonObject { ["id"] = "r_x", ["role"] = "user" } };

        using var response = await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/activities", JsonBody(typing));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)(await ReadObjectAsync(response))["id"]));
        Assert.DoesNotContain(host.Bot.Received, a => a.Type == "typing");
        var (activities, watermark) = await conversation.Activities();
        Assert.Single(activities);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_what_came_after_it()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        // Enough turns to spill over several stored pages.
        for (var i = 0; i < 15; i++)
        {
            await conversation.Send($"m{i}");
        }

        var (all, end) = await conversation.Activities();
        var (after, sameEnd) = await conversation.Activities("29");
        var (none, stillEnd) = await conversation.Activities(end);

        Assert.Equal(31, all.Count);
        Assert.Equal("31", end);
        Assert.Equal(Enumerable.Range(0, 31).Select(i => $"{conversation.Id}|{i:D7}"), all.Select(a => (string)a!["id"]!));
        Assert.Equal(["m14", "#15 you said: m14"], after.Select(a => (string)a!["text"]!));
        Assert.Equal("31", sameEnd);
        Assert.Empty(none);
        Assert.Equal("31", stillEnd);
        await AssertProblemAsync(await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}/activities?watermark=abc"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}/activities?watermark=-1"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_adaptive_card_reply_and_a_card_submit_postback_go_through_untouched()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();

        await conversation.Send("card");
        var postBack = new JsonObject
        {
            ["channelData"] = new JsonObject { ["postBack"] = true, ["clientActivityID"] = "pb1" },
            ["type"] = "message",
            ["value"] = new JsonObject { ["text"] = "more about kidneys" },
            ["from"] = new JsonObject { ["id"] = "r_x", ["name"] = "", ["role"] = "user" },
            ["attachments"] = new JsonArray(),
        };
        using var response = await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/activities", JsonBody(postBack));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await conversation.Activities();
        var card = activities[2]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)card["contentType"]!);
        Assert.Equal("Kidneys and cramps", (string)card["content"]!["body"]![0]!["text"]!);
        Assert.Equal("#2 you said: more about kidneys", (string)activities[4]!["text"]!);
        Assert.True((bool)activities[3]!["channelData"]!["postBack"]!);
    }

    [Fact]
    public async Task An_unknown_conversation_is_404_and_an_ended_one_too()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        using var conversation = await host.StartConversationAsync();

        await AssertProblemAsync(await secret.GetAsync("/v3/directline/conversations/doesNotExist/activities"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await secret.GetAsync("/v3/directline/conversations/no%7Cpipes/activities"), HttpStatusCode.NotFound);

        await conversation.Send("bye");

        await AssertProblemAsync(await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}/activities"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/activities", JsonBody(Message("still there?"))), HttpStatusCode.NotFound);
        await AssertProblemAsync(await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}?watermark="), HttpStatusCode.NotFound);
        await AssertProblemAsync(await conversation.Client.PostAsync("/v3/directline/tokens/refresh", null), HttpStatusCode.NotFound);
        await AssertProblemAsync(await conversation.Client.PostAsync("/v3/directline/conversations", null), HttpStatusCode.NotFound);
        Assert.Equal(1, host.Bot.MessagesReceived);
    }

    [Fact]
    public async Task Uploads_get_a_clear_415_problem()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("""{"type":"message","from":{"id":"r_x"}}""", Encoding.UTF8, "application/vnd.microsoft.activity"), "activity" },
            { new ByteArrayContent([1, 2, 3]), "file", "leg.png" },
        };

        var problem = await AssertProblemAsync(await conversation.Client.PostAsync($"/v3/directline/conversations/{conversation.Id}/upload?userId=r_x", form), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("files", (string)problem["detail"]!);
        Assert.Equal(0, host.Bot.MessagesReceived);
    }

    [Fact]
    public async Task Malformed_posts_are_4xx_problems_never_500()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "2048" });
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var started = await StartConversationAsync(secret);
        var path = $"/v3/directline/conversations/{started["conversationId"]}/activities";
        using var client = host.CreateClient((string)started["token"]!);

        await AssertProblemAsync(await client.PostAsync(path, new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync(path, new StringContent("[1,2]", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync(path, new StringContent("""{"text":"no type"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync(path, new StringContent("""{"type":"message","text":5}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync(path, null), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync(path, JsonBody(Message(new string('a', 4096)))), HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(await secret.PostAsync(path, JsonBody(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "bad id with spaces" } })), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await secret.PostAsync("/v3/directline/conversations", JsonBody(new JsonObject { ["user"] = new JsonObject { ["id"] = "<script>" } })), HttpStatusCode.BadRequest);
        Assert.Equal(0, host.Bot.MessagesReceived);
    }

    [Fact]
    public async Task Reconnecting_returns_a_new_token_and_a_stream_url_resuming_after_the_watermark()
    {
        await using var host = DirectLineTestHost.Start();
        using var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await conversation.Client.GetAsync($"/v3/directline/conversations/{conversation.Id}?watermark=7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await ReadObjectAsync(response);
        Assert.Equal(conversation.Id, (string)reconnected["conversationId"]!);
        Assert.NotEqual(conversation.Token, (string)reconnected["token"]!);
        Assert.Contains("/stream?watermark=7&t=", (string)reconnected["streamUrl"]!);
        Assert.Equal(DecodeTokenPayload(conversation.Token)["user"]!.ToString(), DecodeTokenPayload((string)reconnected["token"]!)["user"]!.ToString());
    }
}
