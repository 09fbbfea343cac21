using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrampBot.Builder;

namespace CrampBot.Tests.Authentication;

/// <summary>The whole app with an app id configured: /api/messages lets in only Bot Framework-signed requests.</summary>
public sealed class MessagesEndpointAuthenticationTests(ChannelIssuerFixture issuer) : IClassFixture<ChannelIssuerFixture>, IDisposable
{
    private readonly BotHost _host = new(
        new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "not-used-in-these-tests",
            ["ToBotFromChannelOpenIdMetadataUrl"] = issuer.Issuer.MetadataUrl(ChannelIssuerFixture.Authority),
        },
        services => services.AddSingleton<IBot, EchoTestBot>());

    public void Dispose() => _host.Dispose();

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        Text = "hello",
        ChannelId = TestTokens.Teams,
        ServiceUrl = TestTokens.ServiceUrl,
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:" + TestTokens.AppId },
        Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" },
    };

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message(), options: ProtocolJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_channel_signed_token_is_let_in()
    {
        using var response = await PostAsync(TestTokens.Channel(issuer.TeamsKey.Credentials()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.Equal("#1 you said: hello", Assert.Single(replies!.Activities).Text);
    }

    [Fact]
    public async Task No_token_gets_401_and_nothing_is_processed()
    {
        using var response = await PostAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Forged_tokens_get_401()
    {
        string[] forgeries =
        [
            TestTokens.Channel(issuer.AttackerKey.Credentials()),
            TestTokens.Channel(issuer.TeamsKey.Credentials(), audience: "someone-else"),
            TestTokens.Channel(issuer.TeamsKey.Credentials(), serviceUrl: "https://evil.example/"),
            TestTokens.Channel(issuer.DirectLineKey.Credentials()),
            TestTokens.Unsigned(),
            TestTokens.PlaygroundDummy(),
        ];
        foreach (var forgery in forgeries)
        {
            using var response = await PostAsync(forgery);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
