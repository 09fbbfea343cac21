using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

public class DirectLineTokenTests
{
    [Fact]
    public async Task Generate_with_the_secret_gives_a_token_bound_to_a_new_conversation_and_a_dl_user()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);

        var generated = await GenerateTokenAsync(secret);

        Assert.Equal(1800, (int)generated["expires_in"]!);
        var claims = DecodeTokenPayload((string)generated["token"]!);
        Assert.Equal((string)generated["conversationId"]!, (string)claims["conv"]!);
        // Web Chat jwt-decodes the token and uses "user" as from.id.
        Assert.StartsWith("dl_", (string)claims["user"]!);
        Assert.DoesNotContain(DirectLineTestHost.Secret, (string)generated["token"]!);
    }

    [Fact]
    public async Task Generate_needs_the_secret()
    {
        await using var host = DirectLineTestHost.Start();
        using var anonymous = host.CreateClient();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var token = (string)(await GenerateTokenAsync(secret))["token"]!;
        using var tokenClient = host.CreateClient(token);
        using var wrongSecret = host.CreateClient("not-the-secret-at-all-0123456789");

        await AssertProblemAsync(await anonymous.PostAsync("/v3/directline/tokens/generate", null), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await tokenClient.PostAsync("/v3/directline/tokens/generate", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await wrongSecret.PostAsync("/v3/directline/tokens/generate", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_missing_authorization_header_is_401_on_every_endpoint()
    {
        await using var host = DirectLineTestHost.Start();
        using var anonymous = host.CreateClient();
        var paths = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Post, "/v3/directline/tokens/generate"),
            (HttpMethod.Post, "/v3/directline/tokens/refresh"),
            (HttpMethod.Post, "/v3/directline/conversations"),
            (HttpMethod.Get, "/v3/directline/conversations/abc"),
            (HttpMethod.Get, "/v3/directline/conversations/abc/activities"),
            (HttpMethod.Post, "/v3/directline/conversations/abc/activities"),
            (HttpMethod.Post, "/v3/directline/conversations/abc/upload"),
            (HttpMethod.Get, "/v3/directline/conversations/abc/stream"),
        };
        foreach (var (method, path) in paths)
        {
            using var response = await anonymous.SendAsync(new HttpRequestMessage(method, path));
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task A_token_of_conversation_A_is_refused_with_403_on_conversation_B()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var a = await StartConversationAsync(secret);
        var b = await StartConversationAsync(secret);
        using var tokenA = host.CreateClient((string)a["token"]!);
        var conversationB = (string)b["conversationId"]!;

        await AssertProblemAsync(await tokenA.GetAsync($"/v3/directline/conversations/{conversationB}/activities"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await tokenA.PostAsync($"/v3/directline/conversations/{conversationB}/activities", JsonBody(Message("hi"))), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await tokenA.GetAsync($"/v3/directline/conversations/{conversationB}?watermark="), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await tokenA.GetAsync($"/v3/directline/conversations/{conversationB}/stream?t={a["token"]}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await tokenA.PostAsync($"/v3/directline/conversations/{conversationB}/upload", null), HttpStatusCode.Forbidden);
        // ...while A's own conversation works with the same token.
        var (activities, _) = await GetActivitiesAsync(tokenA, (string)a["conversationId"]!);
        Assert.NotEmpty(activities);
        Assert.Equal(0, host.Bot.MessagesReceived);
    }

    [Fact]
    public async Task An_expired_token_gets_403_and_cannot_be_refreshed_but_a_live_one_can()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:10:00" });
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var started = await StartConversationAsync(secret);
        var conversationId = (string)started["conversationId"]!;
        Assert.Equal(600, (int)started["expires_in"]!);
        using var original = host.CreateClient((string)started["token"]!);

        host.Clock.Advance(TimeSpan.FromMinutes(9));
        using var refreshResponse = await original.PostAsync("/v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshResponse.StatusCode);
        var refreshed = await ReadObjectAsync(refreshResponse);
        Assert.Equal(conversationId, (string)refreshed["conversationId"]!);
        Assert.Equal((string)DecodeTokenPayload((string)started["token"]!)["user"]!, (string)DecodeTokenPayload((string)refreshed["token"]!)["user"]!);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await AssertProblemAsync(await original.GetAsync($"/v3/directline/conversations/{conversationId}/activities"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await original.PostAsync("/v3/directline/tokens/refresh", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await original.PostAsync($"/v3/directline/conversations/{conversationId}/activities", JsonBody(Message("hi"))), HttpStatusCode.Forbidden);

        using var renewed = host.CreateClient((string)refreshed["token"]!);
        var (activities, _) = await GetActivitiesAsync(renewed, conversationId);
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_tampered_token_is_403()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        var started = await StartConversationAsync(secret);
        var token = (string)started["token"]!;
        var parts = token.Split('.');
        // Same header and signature, payload claiming another user.
        var forged = parts[0] + "." + parts[1][..^2] + (parts[1][^2..] == "fQ" ? "fX" : "fQ") + "." + parts[2];
        using var client = host.CreateClient(forged);

        await AssertProblemAsync(await client.GetAsync($"/v3/directline/conversations/{started["conversationId"]}/activities"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Refresh_needs_a_token_not_the_secret()
    {
        await using var host = DirectLineTestHost.Start();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);

        await AssertProblemAsync(await secret.PostAsync("/v3/directline/tokens/refresh", null), HttpStatusCode.Forbidden);
    }
}
