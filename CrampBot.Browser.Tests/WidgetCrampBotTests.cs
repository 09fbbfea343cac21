using CrampBot.Content;

namespace CrampBot.Browser.Tests;

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
        await using var chat = await CrampBotWidgetChat.OpenAsync(chromium.Browser);
        var tab = chat.Tab;
        await tab.ScreenshotAsync("crampbot-welcome");

        await tab.SendAsync("what causes leg cramps");
        await tab.ExpectInTranscriptAsync("know very much about what causes leg cramps");
        // The risk factors are a list, one a line, not a run-on sentence.
        await Expect(tab.Transcript.Locator("li", new() { HasText = "Being pregnant" })).ToBeVisibleAsync();
        await Expect(tab.Transcript.Locator("li", new() { HasText = "Having a disease that affects your muscles" })).ToBeVisibleAsync();
        await tab.ScreenshotAsync("crampbot-what-causes-leg-cramps");

        await tab.SendAsync("what do my kidneys do");
        var card = await chat.ExpectCardAsync("crampbot-kidneys-card", "filter your blood");
        await Expect(card).ToContainTextAsync("kidneys", new() { IgnoreCase = true });
        Assert.Empty(tab.Blocked);
    }

    [Fact]
    public async Task A_swollen_painful_leg_escalates_to_contact_your_doctor_today_and_survives_a_reload()
    {
        await using var chat = await CrampBotWidgetChat.OpenAsync(chromium.Browser);
        var tab = chat.Tab;

        await chat.AnswerIsYourLegSwollenAsync("Yes");
        await chat.ExpectCardAsync("crampbot-swelling-escalation", "Contact your doctor today");

        await tab.Page.ReloadAsync();

        await Expect(tab.Panel).ToBeVisibleAsync();
        await tab.ExpectInTranscriptAsync("Is your leg swollen?");
        await chat.ExpectCardAsync("crampbot-after-reload", "Contact your doctor today");
    }

    [Fact]
    public async Task A_patient_who_cannot_stop_coughing_up_blood_gets_the_emergency_card()
    {
        await using var chat = await CrampBotWidgetChat.OpenAsync(chromium.Browser);

        await chat.Tab.SendAsync("I can't stop coughing up blood");
        await chat.ExpectCardAsync("crampbot-emergency", "Call 999 now", "coughing up blood");
    }

    [Fact]
    public async Task Reassurance_comes_only_after_the_other_signs_card_is_answered_no()
    {
        await using var chat = await CrampBotWidgetChat.OpenAsync(chromium.Browser);

        await chat.AnswerIsYourLegSwollenAsync("No");

        var question = await chat.ExpectCardAsync("crampbot-other-signs-question", "Do you have any of these", "warm skin around the painful area");
        await question.GetByRole(AriaRole.Button, new() { Name = "No, none of these" }).ClickAsync();

        await chat.ExpectCardAsync("crampbot-self-care", "What you can do now", "NHS 111");
    }

    [Fact]
    public async Task Unreviewed_content_is_announced_in_the_panel_before_the_patient_types_and_under_each_answer()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();

        var notice = tab.Panel.Locator(".crampbot-header .crampbot-notice");
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
            ["Content:ReviewedVersion"] = ContentCatalog.Load(new ContentOptions()).Version,
        }, crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();

        await tab.SendAsync("how long does a cramp last");
        await tab.ExpectInTranscriptAsync("Reviewed by Dr A. Example, GP on 1 March 2026.");
        await Expect(tab.Panel.Locator(".crampbot-notice")).ToHaveCountAsync(0);
        await Expect(tab.Panel.GetByText(UnreviewedNotice)).ToHaveCountAsync(0);
    }
}
