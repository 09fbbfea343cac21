using System.Text;

namespace CrampBot.Tests.Connector;

/// <summary>The fake connector enforces the playground's rules, so the client tests against it can fail.</summary>
public sealed class FakeConnectorTests : IAsyncLifetime
{
    private const string Message = """{"type":"message","text":"hi"}""";
    private FakeConnector _connector = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public void Service_url_is_loopback_with_the_playground_path_and_no_trailing_slash()
    {
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/_connector$", _connector.ServiceUrl);
    }

    [Theory]
    [InlineData("/v3/conversations/c/activities")]
    [InlineData("/_connector//v3/conversations/c/activities")]
    [InlineData("/_connector/v3/conversations//activities")]
    [InlineData("/_connector/v3/conversations/c/activities/")]
    [InlineData("/_connector/v3/conversations/c/members")]
    public async Task Dropped_path_or_empty_segment_is_404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(path, Message));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"hi"}""", HttpStatusCode.Created)]
    [InlineData("""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.hero","content":{}}]}""", HttpStatusCode.Created)]
    [InlineData("""{"type":"message","text":"hi","textFormat":"markdown"}""", HttpStatusCode.Created)]
    [InlineData("""{"type":"typing"}""", HttpStatusCode.Accepted)]
    [InlineData("""{"type":"trace","name":"x"}""", HttpStatusCode.Accepted)]
    [InlineData("""{"type":"event","name":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"hi"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","attachments":[]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":"hi","textFormat":"html"}""", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task Bodies_are_judged_like_the_playground(string body, HttpStatusCode expected)
    {
        Assert.Equal(expected, await PostAsync("/_connector/v3/conversations/c/activities/1", body));
    }

    [Fact]
    public async Task Raw_and_encoded_conversation_ids_are_the_same_conversation()
    {
        _connector.OnlyConversations("team-id;messageid=1");

        Assert.Equal(HttpStatusCode.Created, await PostAsync("/_connector/v3/conversations/team-id;messageid=1/activities", Message));
        Assert.Equal(HttpStatusCode.Created, await PostAsync("/_connector/v3/conversations/team-id%3Bmessageid%3D1/activities", Message));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync("/_connector/v3/conversations/other/activities", Message));
    }

    [Fact]
    public async Task Injected_failures_come_first_with_retry_after_then_normal_answers()
    {
        _connector.FailNext(1, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3));

        using var throttled = await SendAsync("/_connector/v3/conversations/c/activities", Message);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, await PostAsync("/_connector/v3/conversations/c/activities", Message));
        Assert.Single(_connector.Activities);
    }

    [Fact]
    public async Task Waiting_for_activities_completes_when_enough_arrived()
    {
        var waiting = _connector.WaitForActivitiesAsync(2);
        await PostAsync("/_connector/v3/conversations/c/activities", Message);
        Assert.False(waiting.IsCompleted);

        await PostAsync("/_connector/v3/conversations/c/activities", """{"type":"typing"}""");

        Assert.Equal(["message", "typing"], (await waiting).Select(a => a.Type));
    }

    private async Task<HttpStatusCode> PostAsync(string path, string body)
    {
        using var response = await SendAsync(path, body);
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> SendAsync(string path, string body)
    {
        var root = new Uri(_connector.ServiceUrl).GetLeftPart(UriPartial.Authority);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root + path, UriKind.Absolute))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return _http.SendAsync(request);
    }
}
