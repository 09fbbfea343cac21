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
    private const string UnreviewedNotice = "This information has not yet been checked by a clinician.";

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
        // The risk factors are a list, one a line, not a run-on sentence.
        await Expect(tab.Transcript.Locator("li", new() { HasText = "Being pregnant" })).ToBeVisibleAsync();
        await Expect(tab.Transcript.Locator("li", new() { HasText = "Having a disease that affects your muscles" })).ToBeVisibleAsync();
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

    [Fact]
    public async Task Unreviewed_content_is_announced_in_the_panel_before_the_patient_types_and_under_each_answer()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();

        var notice = tab.Panel.Locator("header .crampbot-notice");
        await Expect(notice).ToHaveTextAsync(UnreviewedNotice);
        await Expect(notice).ToBeInViewportAsync();
        await Expect(tab.Panel).ToHaveAttributeAsync("aria-describedby", "crampbot-welcome crampbot-notice");
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");
        await tab.ScreenshotAsync("crampbot-unreviewed-notice");

        await tab.SendAsync("how long does a cramp last");
        await tab.ExpectInTranscriptAsync("up to 10 minutes");
        await tab.ExpectInTranscriptAsync(UnreviewedNotice);
    }

    [Fact]
    public async Task Reviewed_content_shows_no_notice_and_answers_name_the_reviewer()
    {
        // The host's clock reads 25 November 2026: inside the review's dates.
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            ["Content:Reviewer"] = "Dr A. Example, GP",
            ["Content:ReviewedOn"] = "2026-03-01",
            ["Content:NextReviewDate"] = "2027-03-01",
            ["Content:ReviewedVersion"] = Content.TestContent.Catalog.Version,
        }, crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();

        await tab.SendAsync("how long does a cramp last");
        await tab.ExpectInTranscriptAsync("Reviewed by Dr A. Example, GP on 1 March 2026.");
        await Expect(tab.Panel.Locator(".crampbot-notice")).ToHaveCountAsync(0);
        await Expect(tab.Panel.GetByText(UnreviewedNotice)).ToHaveCountAsync(0);
    }
}
