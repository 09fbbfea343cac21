using System.Text.Json;
using CrampBot.Channels.Connector;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Connector;

/// <summary>Normal delivery against the fake connector: URLs, ids, bodies, statuses, authorization.</summary>
public sealed class ConnectorClientDeliveryTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task Reply_keeps_the_service_url_path_with_or_without_trailing_slash(string suffix)
    {
        using var services = ConnectorTestServices.Build();

        var sent = await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl + suffix, replyToId: "msg-7"));

        var request = Assert.Single(_connector.Received);
        Assert.Equal("/_connector/v3/conversations/conv-1/activities/msg-7", request.RawTarget);
        Assert.Equal(201, request.StatusCode);
        Assert.Equal("1", sent.Id);
    }

    [Fact]
    public async Task Without_reply_to_id_posts_to_the_conversation_activities()
    {
        using var services = ConnectorTestServices.Build();

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.Equal("/_connector/v3/conversations/conv-1/activities", Assert.Single(_connector.Received).RawTarget);
    }

    [Fact]
    public async Task Ids_with_reserved_characters_are_escaped_and_accepted()
    {
        using var services = ConnectorTestServices.Build();
        const string conversationId = "team-id;messageid=1";
        const string replyToId = "1:abc@x=y;z";

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl, conversationId, replyToId: replyToId));

        var request = Assert.Single(_connector.Received);
        Assert.Equal("/_connector/v3/conversations/team-id%3Bmessageid%3D1/activities/1%3Aabc%40x%3Dy%3Bz", request.RawTarget);
        Assert.Equal(conversationId, request.ConversationId);
        Assert.Equal(replyToId, request.ActivityId);
        Assert.Equal(201, request.StatusCode);
    }

    [Fact]
    public async Task Body_is_the_activity_as_protocol_json()
    {
        using var services = ConnectorTestServices.Build();
        var activity = ConnectorTestServices.Message(_connector.ServiceUrl, replyToId: "msg-1");

        await services.Client().SendAsync(activity);

        var request = Assert.Single(_connector.Received);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("msg-1", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal(activity.Text, body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("speak", out _), "nulls are omitted");
    }

    [Fact]
    public async Task Created_201_and_accepted_202_both_succeed()
    {
        using var services = ConnectorTestServices.Build();
        var typing = ConnectorTestServices.Message(_connector.ServiceUrl, text: null);
        typing.Type = ActivityTypes.Typing;
        typing.TextFormat = null;

        var typed = await services.Client().SendAsync(typing);
        var said = await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.Equal([202, 201], _connector.Received.Select(r => r.StatusCode));
        Assert.Equal("", typed.Id);
        Assert.Equal("1", said.Id);
        Assert.Equal(2, (await _connector.WaitForActivitiesAsync(2)).Count);
    }

    [Fact]
    public async Task Bearer_token_is_sent_when_the_provider_gives_one()
    {
        var tokens = new StaticTokenProvider("token-123");
        using var services = ConnectorTestServices.Build(tokens);

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.Equal("Bearer token-123", Assert.Single(_connector.Received).Headers["Authorization"]);
        Assert.Equal([_connector.ServiceUrl], tokens.RequestedFor);
    }

    [Fact]
    public async Task No_authorization_header_when_the_provider_gives_none()
    {
        using var services = ConnectorTestServices.Build(new StaticTokenProvider(null));

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.False(Assert.Single(_connector.Received).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Default_registration_sends_no_authorization_header()
    {
        using var services = ConnectorTestServices.Build();

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.False(Assert.Single(_connector.Received).Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/_connector")]
    [InlineData("/_connector")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("http://user:secret@127.0.0.1/_connector")]
    public async Task Service_urls_that_are_not_plain_http_are_refused(string? serviceUrl)
    {
        var tokens = new StaticTokenProvider("token-123");
        using var services = ConnectorTestServices.Build(tokens);

        await Assert.ThrowsAsync<InvalidServiceUrlException>(() => services.Client().SendAsync(ConnectorTestServices.Message(serviceUrl)));

        Assert.Empty(tokens.RequestedFor);
    }

    [Fact]
    public void Unusable_connector_settings_fail_with_the_setting_named()
    {
        using var services = ConnectorTestServices.Build(configure: settings => settings["Connector:MaxRetries"] = "-1");

        var failure = Assert.Throws<OptionsValidationException>(() => services.Client());

        Assert.Contains("Connector:MaxRetries", failure.Message);
    }

    [Fact]
    public async Task Activity_without_conversation_id_is_refused()
    {
        using var services = ConnectorTestServices.Build();
        var activity = ConnectorTestServices.Message(_connector.ServiceUrl);
        activity.Conversation = null;

        await Assert.ThrowsAsync<ArgumentException>(() => services.Client().SendAsync(activity));

        Assert.Empty(_connector.Received);
    }
}
