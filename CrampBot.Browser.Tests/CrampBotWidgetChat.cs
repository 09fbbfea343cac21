namespace CrampBot.Browser.Tests;

/// <summary>The real cramp conversation behind Direct Line, on the demo page, with the chat open and the welcome shown.</summary>
public sealed class CrampBotWidgetChat : IAsyncDisposable
{
    private CrampBotWidgetChat(DirectLineTestHost host, WidgetPage tab)
    {
        Host = host;
        Tab = tab;
    }

    public DirectLineTestHost Host { get; }

    public WidgetPage Tab { get; }

    /// <summary>The latest Adaptive Card in the transcript.</summary>
    public ILocator LastCard => Tab.Transcript.Locator(".ac-adaptiveCard").Last;

    public static async Task<CrampBotWidgetChat> OpenAsync(IBrowser browser)
    {
        var host = DirectLineTestHost.Start(crampBot: true);
        var tab = await WidgetPage.OpenAsync(browser, host.BaseAddress);
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");
        return new CrampBotWidgetChat(host, tab);
    }

    /// <summary>Taps one of Web Chat's suggested actions under the transcript (the answers to "Is your leg swollen?").</summary>
    public Task TapSuggestedActionAsync(string title) =>
        Tab.Transcript.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" })
            .GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>Scrolls <paramref name="card"/> into view and saves a screenshot named <paramref name="name"/>.</summary>
    public async Task ScreenshotCardAsync(ILocator card, string name)
    {
        await card.ScrollIntoViewIfNeededAsync();
        await Tab.ScreenshotAsync(name);
    }

    public async ValueTask DisposeAsync()
    {
        await Tab.DisposeAsync();
        await Host.DisposeAsync();
    }
}
