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

    public static async Task<CrampBotWidgetChat> OpenAsync(IBrowser browser)
    {
        var host = DirectLineTestHost.Start(crampBot: true);
        var tab = await WidgetPage.OpenAsync(browser, host.BaseAddress);
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");
        return new CrampBotWidgetChat(host, tab);
    }

    /// <summary>Starts the leg pain check ("my calf hurts") and taps <paramref name="answer"/> to "Is your leg swollen?".</summary>
    public async Task AnswerIsYourLegSwollenAsync(string answer)
    {
        await Tab.SendAsync("my calf hurts");
        await Tab.ExpectInTranscriptAsync("Is your leg swollen?");
        await Tab.TapSuggestedActionAsync(answer);
    }

    /// <summary>
    /// Waits until the latest card shows each of <paramref name="texts"/>, then saves a screenshot of it named
    /// <paramref name="screenshot"/>; returns the card.
    /// </summary>
    public async Task<ILocator> ExpectCardAsync(string screenshot, params string[] texts)
    {
        var card = Tab.LastCard;
        foreach (var text in texts)
        {
            await Expect(card).ToContainTextAsync(text);
        }
        await card.ScrollIntoViewIfNeededAsync();
        await Tab.ScreenshotAsync(screenshot);
        return card;
    }

    public async ValueTask DisposeAsync()
    {
        await Tab.DisposeAsync();
        await Host.DisposeAsync();
    }
}
