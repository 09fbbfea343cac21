using System.Net;
using CrampBot.Channels.WebChat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrampBot.Browser.Tests;

/// <summary>
/// The headers of what CrampBot serves to browsers, over raw HTTP, and the proof in Chromium that the widget and the
/// whole Web Chat bundle run under the page's Content-Security-Policy without a single violation.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetSecurityTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task The_widget_chats_and_renders_cards_under_the_pages_policy_without_a_violation()
    {
        await using var chat = await CrampBotWidgetChat.OpenAsync(chromium.Browser);
        var tab = chat.Tab;

        await tab.SendAsync("what do my kidneys do");
        await Expect(tab.LastCard).ToContainTextAsync("filter your blood");
        await tab.LastCard.GetByRole(Microsoft.Playwright.AriaRole.Button).First.ClickAsync();
        await chat.AnswerIsYourLegSwollenAsync("Yes");
        await Expect(tab.LastCard).ToContainTextAsync("Contact your doctor today");
        await tab.Page.ReloadAsync();
        await Expect(tab.LastCard).ToContainTextAsync("Contact your doctor today");
        await tab.ExpectOnlineAsync();

        Assert.Empty(await tab.CspViolationsAsync());
        Assert.Empty(tab.Blocked);
    }

    [Fact]
    public async Task A_policy_that_forbids_what_the_widget_does_is_reported_so_the_check_above_can_fail()
    {
        // The same page with the policy narrowed by a <meta> tag (no inline styles): Web Chat's styles are refused
        // and the page reports it, so "no violation" above is a finding, not a listener that never fires.
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.Page.EvaluateAsync("""
            () => {
              const meta = document.createElement('meta');
              meta.httpEquiv = 'Content-Security-Policy';
              meta.content = "style-src 'self'";
              document.head.prepend(meta);
            }
            """);
        await tab.Launcher.ClickAsync();

        await tab.Page.WaitForFunctionAsync("() => window.__cspViolations.some(v => v.startsWith('style-src'))");
    }

    [Fact]
    public async Task Pages_get_the_widget_policy_and_everything_gets_nosniff_and_no_referrer()
    {
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            [WebChatSecurityPolicy.FrameAncestorsKey] = "https://www.example-clinic.org, https://intranet.example-clinic.org/",
        });
        using var client = host.CreateClient();

        using var page = await client.GetAsync("/");
        using var token = await client.PostAsync("/api/webchat/token", DirectLineCalls.JsonBody(new System.Text.Json.Nodes.JsonObject()));
        using var script = await client.GetAsync("/widget.js");

        var policy = Header(page, "Content-Security-Policy");
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"connect-src 'self' ws://{host.BaseAddress.Authority}; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'self' https://www.example-clinic.org https://intranet.example-clinic.org",
            policy);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(WebChatSecurityPolicy.NonPagePolicy, Header(token, "Content-Security-Policy"));
        Assert.Equal(WebChatSecurityPolicy.NonPagePolicy, Header(script, "Content-Security-Policy"));
        foreach (var response in new[] { page, token, script })
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        }
    }

    [Fact]
    public void A_frame_ancestor_that_is_not_an_origin_stops_the_app_at_startup()
    {
        var error = Assert.ThrowsAny<Exception>(() => DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            [WebChatSecurityPolicy.FrameAncestorsKey] = "https://www.example-clinic.org/page 'unsafe-inline'",
        }));
        Assert.Contains("WebChat:FrameAncestors", error.ToString());
    }

    [Fact]
    public async Task Outside_development_http_is_redirected_to_https_and_https_answers_carry_hsts()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("https_port", "443");
            builder.UseSetting("DirectLine:Secret", DirectLineTestHost.Secret);
            builder.UseSetting("Storage:Provider", "Memory");
            builder.UseSetting("Content:AllowUnreviewed", "true");
        });
        using var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://crampbot.example-clinic.org"), AllowAutoRedirect = false });
        using var secure = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crampbot.example-clinic.org"), AllowAutoRedirect = false });

        using var redirected = await plain.GetAsync("/widget.js");
        using var served = await secure.GetAsync("/widget.js");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://crampbot.example-clinic.org/widget.js", redirected.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("max-age=", Header(served, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing from {response.RequestMessage!.RequestUri}");
}
