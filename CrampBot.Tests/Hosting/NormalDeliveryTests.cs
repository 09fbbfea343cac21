using System.Net.Http.Json;
using CrampBot.Builder;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Hosting;

public sealed class NormalDeliveryTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    // No typing indicator: these tests count exactly what reaches the connector.
    private readonly BotHost _host = new(
        new Dictionary<string, string?> { ["Bot:TypingDelay"] = "00:10:00" },
        services => services.AddSingleton<IBot, EchoTestBot>());

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_the_connector_refuses_keeps_the_conversation_state()
    {
        using var client = _host.CreateClient();
        Activity Message(string text) => new()
        {
            Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString(), Text = text, ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl, From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "bot-1" }, Conversation = new ConversationAccount { Id = "conv-kept" },
        };

        (await client.PostAsJsonAsync("/api/messages", Message("one"), ProtocolJson.Options)).Dispose();
        _connector.FailNext(1, HttpStatusCode.BadRequest);
        using (var refused = await client.PostAsJsonAsync("/api/messages", Message("two"), ProtocolJson.Options))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        (await client.PostAsJsonAsync("/api/messages", Message("three"), ProtocolJson.Options)).Dispose();

        // The state was neither cleared (that would restart the count at #1) nor moved on by the undelivered turn.
        var answers = _connector.Activities.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
        Assert.Equal(["#1 you said: one", "#2 you said: three"], answers);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task Replies_are_posted_to_the_connector_as_replies_to_the_activity(string trailingSlash)
    {
        using var client = _host.CreateClient();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "f:1;x=2",
            Text = "hello",
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl + trailingSlash,
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "bot-1", Name = "CrampBot" },
            Conversation = new ConversationAccount { Id = "a:conv;messageid=7" },
        };

        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A slow first turn may also have shown a typing indicator; the answer is the one message.
        var received = Assert.Single(_connector.Received, r => r.Activity?.Type == ActivityTypes.Message);
        Assert.Equal(201, received.StatusCode);
        Assert.Equal("a:conv;messageid=7", received.ConversationId);
        Assert.Equal("f:1;x=2", received.ActivityId);
        Assert.Equal("#1 you said: hello", received.Activity?.Text);
        Assert.Equal("bot-1", received.Activity?.From?.Id);
        Assert.Equal("user-1", received.Activity?.Recipient?.Id);
        Assert.Equal("f:1;x=2", received.Activity?.ReplyToId);
    }
}
