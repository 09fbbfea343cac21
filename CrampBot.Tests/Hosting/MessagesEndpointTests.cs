using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrampBot.Builder;

namespace CrampBot.Tests.Hosting;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly BotHost _host = new(
        new Dictionary<string, string?> { ["Bot:MaxActivityBytes"] = "4096" },
        services => services.AddSingleton<IBot, EchoTestBot>());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ExpectReplies_returns_the_turns_replies_addressed_back_to_the_user()
    {
        await using var chat = _host.StartConversation(channelId: "emulator");
        var replies = await chat.Send("hello").AssertReply("#1 you said: hello");
        var reply = replies.All[0];
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(chat.Bot.Id, reply.From?.Id);
        Assert.Equal(chat.UserId, reply.Recipient?.Id);
        Assert.Equal(chat.ConversationId, reply.Conversation?.Id);
        Assert.Equal("emulator", reply.ChannelId);
        Assert.StartsWith("act-1-", reply.ReplyToId);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
        Assert.Equal("http://127.0.0.1:1/unused", reply.ServiceUrl);
    }

    [Fact]
    public async Task State_is_kept_between_turns_of_a_conversation()
    {
        await using var chat = _host.StartConversation();
        await chat.Send("one").AssertReply("#1 you said: one");
        await chat.Send("two").AssertReply("#2 you said: two");
    }

    [Fact]
    public async Task A_card_tap_without_text_is_read_from_value()
    {
        await using var chat = _host.StartConversation();
        await chat.Tap(new JsonObject { ["text"] = "yes" }).AssertReply("you said: yes");
    }

    [Fact]
    public async Task A_failing_turn_apologises_and_clears_the_conversation_state()
    {
        await using var chat = _host.StartConversation();
        await chat.Send("one").AssertReply("#1");
        await chat.Send("boom").AssertReply("Sorry, something went wrong");
        // The counter started again: the poisoned state was cleared.
        await chat.Send("again").AssertReply("#1 you said: again");
    }

    [Fact]
    public async Task Invoke_returns_the_bots_response_in_the_body()
    {
        using var response = await PostInvoke("test/ok");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"ok":true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_invoke_name_gets_501()
    {
        using var response = await PostInvoke("nobody/knows");
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest, "Malformed activity")]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest, "Malformed activity")]
    [InlineData("null", HttpStatusCode.BadRequest, "Malformed activity")]
    [InlineData("""{"text":"hi","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest, "Missing activity type")]
    [InlineData("""{"type":"message","text":"hi"}""", HttpStatusCode.BadRequest, "Missing conversation")]
    [InlineData("""{"type":"message","conversation":{"id":""}}""", HttpStatusCode.BadRequest, "Missing conversation")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"timestamp":"yesterday"}""", HttpStatusCode.BadRequest, "Malformed activity")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"attachments":{"a":1}}""", HttpStatusCode.BadRequest, "Malformed activity")]
    public async Task Bad_activities_get_a_problem_400(string body, HttpStatusCode status, string title)
    {
        using var client = _host.CreateClient();
        using var response = await Post(client, body);
        await AssertProblem(response, status, title);
    }

    [Fact]
    public async Task Wrong_content_type_gets_415()
    {
        using var client = _host.CreateClient();
        using var content = new StringContent("""{"type":"message","conversation":{"id":"c"}}""", Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync("/api/messages", content);
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "Unsupported content type");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_over_the_limit_gets_413_with_or_without_content_length(bool chunked)
    {
        using var client = _host.CreateClient();
        var body = $$"""{"type":"message","conversation":{"id":"c"},"text":"{{new string('x', 5000)}}"}""";
        HttpContent content = chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }
        using var response = await client.PostAsync("/api/messages", content);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "Activity too large");
    }

    [Fact]
    public async Task Unknown_activity_type_is_accepted_and_ignored()
    {
        using var client = _host.CreateClient();
        using var response = await Post(client, """{"type":"somethingNew","conversation":{"id":"c"},"deliveryMode":"expectReplies"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Unknown_properties_survive_a_round_trip()
    {
        const string json = """{"type":"message","id":"1","conversation":{"id":"c","x-conv":1},"from":{"id":"u","extra":"e"},"futureField":{"a":[1,2]},"entities":[{"type":"clientInfo","locale":"en-US"}],"attachments":[{"contentType":"t","custom":true}]}""";
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Fact]
    public async Task Bad_input_does_not_damage_the_stored_state()
    {
        using var client = _host.CreateClient();
        await using var chat = _host.StartConversation();
        await chat.Send("one").AssertReply("#1");
        using (var bad = await Post(client, $$"""{"type":"message","conversation":{"id":"{{chat.ConversationId}}"},"text":123}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        await chat.Send("two").AssertReply("#2");
    }

    [Fact]
    public async Task A_redelivered_activity_gets_no_second_answer()
    {
        await using var chat = _host.StartConversation();
        var message = chat.NewActivity(ActivityTypes.Message, a => a.Text = "once");
        await chat.Send(message).AssertReply("#1 you said: once");
        await chat.Send(message).AssertNoMoreReplies();
        await chat.Send("next").AssertReply("#2 you said: next");
    }

    [Fact]
    public async Task Two_deliveries_of_one_activity_at_the_same_moment_get_one_answer()
    {
        await using var chat = _host.StartConversation();
        var message = chat.NewActivity(ActivityTypes.Message, a => a.Text = "twice");
        var both = await Task.WhenAll(chat.Send(message), chat.Send(message));
        Assert.Equal(1, both.Sum(r => r.All.Count));
        both.Single(r => r.All.Count == 1).AssertReply("#1 you said: twice");
    }

    /// <summary>Posts an invoke named <paramref name="name"/> in a new conversation; the answer's body is already read.</summary>
    private async Task<HttpResponseMessage> PostInvoke(string name)
    {
        using var client = _host.CreateClient();
        await using var chat = _host.StartConversation();
        var invoke = chat.NewActivity(ActivityTypes.Invoke, a => a.Name = name);
        return await Post(client, JsonSerializer.Serialize(invoke, ProtocolJson.Options));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string body) =>
        client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(title, problem["title"]?.GetValue<string>());
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
    }
}
