using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

public class DirectLineLimitsTests
{
    [Fact]
    public async Task A_burst_beyond_the_limit_gets_429_with_retry_after()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            ["DirectLine:RateLimitPermits"] = "3",
            ["DirectLine:RateLimitWindow"] = "00:10:00",
        });
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var started = await StartConversationAsync(secret);
        var path = $"/v3/directline/conversations/{started["conversationId"]}/activities";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await secret.GetAsync(path)).StatusCode);
        }
        using var limited = await secret.GetAsync(path);

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 600);
        // Another conversation of the same client has its own budget.
        var other = await StartConversationAsync(secret);
        Assert.Equal(HttpStatusCode.OK, (await secret.GetAsync($"/v3/directline/conversations/{other["conversationId"]}/activities")).StatusCode);
    }

    [Fact]
    public async Task Cors_answers_preflights_for_configured_clinic_origins_only()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            ["WebChat:AllowedOrigins:0"] = "https://clinic.example",
            ["WebChat:AllowedOrigins:1"] = "https://www.clinic.example/",
        });
        using var client = host.CreateClient();

        using var allowed = await client.SendAsync(Preflight("https://www.clinic.example"));
        using var refused = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://www.clinic.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowedHeaders = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowedHeaders);
        Assert.Contains("authorization", allowedHeaders);
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://clinic.example");
        using var actual = await secret.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, actual.StatusCode);
        Assert.Equal("https://clinic.example", actual.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", string.Join(",", actual.Headers.GetValues("Access-Control-Expose-Headers")));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }
}
