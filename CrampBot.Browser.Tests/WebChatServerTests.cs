using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Browser.Tests;

/// <summary>The widget's server side over raw HTTP: its token endpoint and the files it serves.</summary>
public class WebChatServerTests
{
    [Fact]
    public async Task The_widget_token_starts_a_new_conversation_without_the_secret()
    {
        await using var host = DirectLineTestHost.Start();
        using var anonymous = host.CreateClient();

        var issued = await IssueAsync(anonymous, new JsonObject());

        var token = (string)issued["token"]!;
        var conversationId = (string)issued["conversationId"]!;
        Assert.Equal(1800, (int)issued["expires_in"]!);
        Assert.StartsWith("dl_", (string)DecodeTokenPayload(token)["user"]!);
        Assert.DoesNotContain(DirectLineTestHost.Secret, issued.ToJsonString());
        using var client = host.CreateClient(token);
        // Web Chat's own POST /conversations starts it, with the welcome.
        var started = await StartConversationAsync(client);
        Assert.Equal(conversationId, (string)started["conversationId"]!);
        Assert.Single((await GetActivitiesAsync(client, conversationId)).Activities);
    }

    [Fact]
    public async Task A_reload_resumes_with_the_previous_token_even_after_it_expired()
    {
        await using var host = DirectLineTestHost.Start();
        using var anonymous = host.CreateClient();
        var first = await IssueAsync(anonymous, new JsonObject());
        using var client = host.CreateClient((string)first["token"]!);
        var conversationId = (string)(await StartConversationAsync(client))["conversationId"]!;
        host.Clock.Advance(TimeSpan.FromHours(2));

        var resumed = await IssueAsync(anonymous, new JsonObject { ["conversationId"] = conversationId, ["token"] = (string)first["token"]! });

        Assert.Equal(conversationId, (string)resumed["conversationId"]!);
        Assert.Equal((string)DecodeTokenPayload((string)first["token"]!)["user"]!, (string)DecodeTokenPayload((string)resumed["token"]!)["user"]!);
        using var renewed = host.CreateClient((string)resumed["token"]!);
        Assert.Single((await GetActivitiesAsync(renewed, conversationId)).Activities);
    }

    [Fact]
    public async Task Resuming_is_refused_for_foreign_stale_unstarted_or_ended_conversations()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["WebChat:ResumeWindow"] = "01:00:00" });
        using var anonymous = host.CreateClient();
        var a = await IssueAsync(anonymous, new JsonObject());
        var b = await IssueAsync(anonymous, new JsonObject());
        using var clientA = host.CreateClient((string)a["token"]!);
        var conversationA = (string)(await StartConversationAsync(clientA))["conversationId"]!;

        // Someone else's conversation id with my token.
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["conversationId"] = conversationA, ["token"] = (string)b["token"]! })), HttpStatusCode.Forbidden);
        // A conversation never started.
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["conversationId"] = (string)b["conversationId"]!, ["token"] = (string)b["token"]! })), HttpStatusCode.NotFound);
        // Half a request.
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["conversationId"] = conversationA })), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        await PostMessageAsync(clientA, conversationA, "bye");
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["conversationId"] = conversationA, ["token"] = (string)a["token"]! })), HttpStatusCode.NotFound);

        var c = await IssueAsync(anonymous, new JsonObject());
        using var clientC = host.CreateClient((string)c["token"]!);
        var conversationC = (string)(await StartConversationAsync(clientC))["conversationId"]!;
        // 30 min lifetime + 1 h resume window, and a little more.
        host.Clock.Advance(TimeSpan.FromMinutes(91));
        await AssertProblemAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["conversationId"] = conversationC, ["token"] = (string)c["token"]! })), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Widget_tokens_are_rate_limited_per_client_address()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["WebChat:TokenRateLimitPermits"] = "2" });
        using var anonymous = host.CreateClient();
        await IssueAsync(anonymous, new JsonObject());
        await IssueAsync(anonymous, new JsonObject());

        using var limited = await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject()));

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) >= 1);
    }

    [Fact]
    public async Task Widget_js_carries_the_configured_branding_and_never_the_secret()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            ["WebChat:Branding:ClinicName"] = "Harbour Street Surgery",
            ["WebChat:Branding:PrimaryColor"] = "#123456",
            ["WebChat:Branding:PrimaryTextColor"] = "white;} body{display:none",
            ["WebChat:Branding:Welcome"] = "Hello <b>there</b>, call {emergencyNumber}",
            ["Content:EmergencyNumber"] = "112",
        });
        using var client = host.CreateClient();

        var widget = await client.GetStringAsync("/widget.js");
        var page = await client.GetStringAsync("/");

        Assert.Contains("\"clinicName\":\"Harbour Street Surgery\"", widget);
        Assert.Contains("\"primaryColor\":\"#123456\"", widget);
        // A colour that is not a colour falls back to the default instead of reaching the CSS.
        Assert.Contains("\"primaryTextColor\":\"#ffffff\"", widget);
        // Escaped for a script context, placeholder filled.
        Assert.Contains("Hello \\u003Cb\\u003Ethere\\u003C/b\\u003E, call 112", widget);
        Assert.DoesNotContain("/*crampbot:settings*/", widget);
        Assert.DoesNotContain(DirectLineTestHost.Secret, widget);
        Assert.DoesNotContain(DirectLineTestHost.Secret, page);
        Assert.Contains("<script src=\"/widget.js\" async></script>", page);
    }

    [Fact]
    public async Task The_web_chat_bundle_is_served_compressed_versioned_and_cacheable()
    {
        await using var host = DirectLineTestHost.Start();
        using var client = host.CreateClient();
        var widget = await client.GetStringAsync("/widget.js");
        var bundleUrl = (string)JsonNode.Parse(widget[(widget.IndexOf("var serverSettings = ", StringComparison.Ordinal) + 21)..widget.IndexOf(";\n", widget.IndexOf("var serverSettings = ", StringComparison.Ordinal), StringComparison.Ordinal)])!["bundleUrl"]!;
        Assert.Matches("^/webchat/webchat.js\\?v=[0-9a-f]{16}$", bundleUrl);

        using var brotli = new HttpRequestMessage(HttpMethod.Get, bundleUrl);
        brotli.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await client.SendAsync(brotli);
        using var plain = await client.GetAsync(bundleUrl);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, bundleUrl);
        revalidate.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal("br", compressed.Content.Headers.ContentEncoding.Single());
        Assert.Equal("public, max-age=31536000, immutable", compressed.Headers.CacheControl!.ToString());
        var compressedBytes = (await compressed.Content.ReadAsByteArrayAsync()).Length;
        var plainText = await plain.Content.ReadAsStringAsync();
        Assert.True(compressedBytes * 3 < plainText.Length, $"{compressedBytes} br vs {plainText.Length} plain");
        Assert.Contains("renderWebChat", plainText);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var unversioned = await client.GetAsync("/webchat/webchat.js");
        Assert.Equal("no-cache", unversioned.Headers.CacheControl!.ToString());
    }

    private static async Task<JsonObject> IssueAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostAsync("/api/webchat/token", JsonBody(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }
}
