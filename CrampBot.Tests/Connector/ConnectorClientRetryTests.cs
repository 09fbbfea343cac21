using CrampBot.Channels.Connector;

namespace CrampBot.Tests.Connector;

/// <summary>Retries and final failures against the fake connector.</summary>
public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Throttled_429_is_retried_after_retry_after_then_succeeds()
    {
        // The backoff alone would wait a minute and hit the 5 s total timeout: only honouring "Retry-After: 0" succeeds.
        using var services = ConnectorTestServices.Build(configure: settings =>
        {
            settings["Connector:BaseDelay"] = ConnectorTestServices.Seconds(60);
            settings["Connector:MaxDelay"] = ConnectorTestServices.Seconds(60);
            settings["Connector:AttemptTimeout"] = ConnectorTestServices.Seconds(5);
            settings["Connector:TotalTimeout"] = ConnectorTestServices.Seconds(5);
        });
        _connector.FailNext(2, HttpStatusCode.TooManyRequests, TimeSpan.Zero);

        var sent = await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.Equal([429, 429, 201], _connector.Received.Select(r => r.StatusCode));
        Assert.Equal("1", sent.Id);
    }

    [Fact]
    public async Task Unavailable_503_is_retried()
    {
        using var services = ConnectorTestServices.Build();
        _connector.FailNext(1, HttpStatusCode.ServiceUnavailable);

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        Assert.Equal([503, 201], _connector.Received.Select(r => r.StatusCode));
        Assert.Single(_connector.Activities);
    }

    [Fact]
    public async Task Retries_send_the_same_body_and_token()
    {
        using var services = ConnectorTestServices.Build(new StaticTokenProvider("token-123"));
        _connector.FailNext(1, HttpStatusCode.BadGateway);

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        var (first, second) = (_connector.Received[0], _connector.Received[1]);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal("Bearer token-123", second.Headers["Authorization"]);
    }

    [Fact]
    public async Task Bad_request_is_not_retried_and_its_message_holds_no_activity_text()
    {
        using var services = ConnectorTestServices.Build();
        var activity = ConnectorTestServices.Message(_connector.ServiceUrl, text: "my left calf hurts at night");
        activity.TextFormat = "html";

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => services.Client().SendAsync(activity));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Equal("BadArgument", failure.ErrorCode);
        Assert.DoesNotContain("calf", failure.Message);
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task Empty_message_is_refused_as_bad_syntax()
    {
        using var services = ConnectorTestServices.Build();

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl, text: "")));

        Assert.Equal("BadSyntax", failure.ErrorCode);
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task Unknown_conversation_404_is_not_retried()
    {
        using var services = ConnectorTestServices.Build();
        _connector.OnlyConversations("conv-known");

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl, "conv-gone")));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        Assert.Equal("ConversationNotFound", failure.ErrorCode);
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task Exhausted_retries_end_in_a_connector_exception_with_the_last_status()
    {
        using var services = ConnectorTestServices.Build();
        _connector.FailNext(10, HttpStatusCode.ServiceUnavailable);

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal(4, _connector.Received.Count);
        Assert.Empty(_connector.Activities);
    }

    [Fact]
    public async Task An_attempt_that_gets_no_answer_is_cut_by_the_attempt_timeout_and_retried()
    {
        using var services = ConnectorTestServices.Build(configure: settings =>
            settings["Connector:AttemptTimeout"] = ConnectorTestServices.Seconds(2));
        _connector.StallNext(1);

        await services.Client().SendAsync(ConnectorTestServices.Message(_connector.ServiceUrl));

        // On a loaded machine a later attempt can also outlive its timeout after the fake answered, so only the
        // shape is fixed: the stalled attempt first, a delivered one last.
        Assert.Equal(0, _connector.Received[0].StatusCode);
        Assert.Equal(201, _connector.Received[^1].StatusCode);
    }

    [Fact]
    public async Task Unreachable_connector_ends_in_a_connector_exception()
    {
        using var services = ConnectorTestServices.Build();
        var closedUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/_connector";

        var failure = await Assert.ThrowsAsync<ConnectorException>(
            () => services.Client().SendAsync(ConnectorTestServices.Message(closedUrl)));

        Assert.Null(failure.StatusCode);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }
}
