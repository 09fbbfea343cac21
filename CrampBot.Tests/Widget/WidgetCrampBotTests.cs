using CrampBot.Tests.DirectLine;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrampBot.Tests.Widget;

/// <summary>
/// The whole experience a patient gets on a clinic page: the demo page, the widget, the real cramp conversation
/// behind Direct Line, in real headless Chromium. Screenshots land in TestResults/screenshots.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetCrampBotTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_patient_asks_what_causes_leg_cramps_and_about_kidneys_and_sees_a_rendered_card()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");
        await tab.ScreenshotAsync("crampbot-welcome");

        await tab.SendAsync("what causes leg cramps");
        await tab.ExpectInTranscriptAsync("know very much about what causes leg cramps");
        await tab.ScreenshotAsync("crampbot-what-causes-leg-cramps");

        await tab.SendAsync("what do my kidneys do");
        var card = tab.Transcript.Locator(".ac-adaptiveCard").Last;
        await Expect(card).ToContainTextAsync("kidneys", new() { IgnoreCase = true });
        await Expect(card).ToContainTextAsync("filter your blood");
        await card.ScrollIntoViewIfNeededAsync();
        await tab.ScreenshotAsync("crampbot-kidneys-card");
        Assert.Empty(tab.Blocked);
    }

    [Fact]
    public async Task A_swollen_painful_leg_escalates_to_contact_your_doctor_today_and_survives_a_reload()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");

        await tab.SendAsync("my calf hurts");
        await tab.ExpectInTranscriptAsync("Is your leg swollen?");
        // The answer buttons are Web Chat's suggested actions under the transcript.
        await tab.Transcript.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        var escalation = tab.Transcript.Locator(".ac-adaptiveCard").Last;
        await Expect(escalation).ToContainTextAsync("Contact your doctor today");
        await escalation.ScrollIntoViewIfNeededAsync();
        await tab.ScreenshotAsync("crampbot-swelling-escalation");

        await tab.Page.ReloadAsync();

        await Expect(tab.Panel).ToBeVisibleAsync();
        await tab.ExpectInTranscriptAsync("Is your leg swollen?");
        var resumed = tab.Transcript.Locator(".ac-adaptiveCard").Last;
        await Expect(resumed).ToContainTextAsync("Contact your doctor today");
        await resumed.ScrollIntoViewIfNeededAsync();
        await tab.ScreenshotAsync("crampbot-after-reload");
    }
}
