using System.Collections.Concurrent;

namespace CrampBot.Browser.Tests;

/// <summary>
/// A browser tab on the demo clinic page. Every request is recorded with its transferred size, and anything not
/// addressed to 127.0.0.1 is blocked and recorded (the widget must need no CDN).
/// </summary>
public sealed class WidgetPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<IResponse> _responses = new();
    private readonly ConcurrentQueue<string> _cspConsoleErrors = new();

    private WidgetPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ConcurrentQueue<string> Blocked { get; } = new();

    /// <summary>What the page did (requests with status, console messages), for diagnosing a failed test.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public static async Task<WidgetPage> OpenAsync(IBrowser browser, Uri baseAddress, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout((float)ChromiumFixture.ConditionTimeout.TotalMilliseconds);
        // Every Content-Security-Policy violation the page reports, from its first script on.
        await context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        var page = await context.NewPageAsync();
        var widgetPage = new WidgetPage(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1")
            {
                await route.ContinueAsync();
            }
            else
            {
                widgetPage.Blocked.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Response += (_, response) =>
        {
            widgetPage._responses.Enqueue(response);
            widgetPage.Log.Enqueue($"{response.Request.Method} {new Uri(response.Url).PathAndQuery} {response.Status}");
        };
        page.Console += (_, message) =>
        {
            widgetPage.Log.Enqueue($"console {message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                widgetPage._cspConsoleErrors.Enqueue(message.Text);
            }
        };
        await page.GotoAsync(baseAddress.ToString());
        return widgetPage;
    }

    public ILocator Launcher => Page.Locator(".crampbot-launcher");

    public ILocator Panel => Page.Locator("#crampbot-panel");

    public ILocator SendBox => Page.Locator("[data-id=webchat-sendbox-input]");

    public ILocator Transcript => Page.Locator(".crampbot-chat");

    /// <summary>The latest Adaptive Card in the transcript.</summary>
    public ILocator LastCard => Transcript.Locator(".ac-adaptiveCard").Last;

    /// <summary>Opens the chat with the launcher and waits until Web Chat is connected (it drops what is sent before).</summary>
    public async Task OpenChatAsync()
    {
        await Launcher.ClickAsync();
        await Assertions.Expect(SendBox).ToBeVisibleAsync();
        await ExpectOnlineAsync();
    }

    /// <summary>Waits until the widget reports Direct Line online.</summary>
    public Task ExpectOnlineAsync() =>
        Assertions.Expect(Page.Locator(".crampbot-widget")).ToHaveAttributeAsync("data-connection", "online");

    /// <summary>Types a message as a patient would and sends it with Enter.</summary>
    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Waits for a bot bubble containing <paramref name="text"/>.</summary>
    public Task ExpectInTranscriptAsync(string text) =>
        Assertions.Expect(Transcript.GetByText(text, new() { Exact = false }).First).ToBeVisibleAsync();

    /// <summary>Taps one of Web Chat's suggested actions under the transcript (the answers to "Is your leg swollen?").</summary>
    public Task TapSuggestedActionAsync(string title) =>
        Transcript.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" })
            .GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>Saves a screenshot once Web Chat's transient "Connecting…" notice is gone.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Assertions.Expect(Transcript.GetByText("Connecting…", new() { Exact = true })).ToBeHiddenAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = TestArtifacts.Screenshot(name), FullPage = false });
    }

    /// <summary>The Content-Security-Policy violations so far: securitypolicyviolation events and console errors.</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        [.. await Page.EvaluateAsync<string[]>("() => window.__cspViolations"), .. _cspConsoleErrors];

    /// <summary>Bytes transferred so far (compressed as sent, with headers) for the given resource types, by URL path.</summary>
    public async Task<IReadOnlyDictionary<string, long>> BytesAsync(params string[] resourceTypes)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var response in _responses)
        {
            var request = response.Request;
            if (!resourceTypes.Contains(request.ResourceType))
            {
                continue;
            }
            var measured = await request.SizesAsync();
            var path = new Uri(request.Url).AbsolutePath;
            sizes[path] = sizes.GetValueOrDefault(path) + measured.ResponseBodySize + measured.ResponseHeadersSize;
        }
        return sizes;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
