namespace CrampBot.Browser.Tests;

/// <summary>The widget in real headless Chromium against the real server, with the protocol test bot.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetEchoBotTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task The_demo_page_widget_chats_and_resumes_the_transcript_after_a_reload()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);

        await Expect(tab.Launcher).ToBeVisibleAsync();
        await Expect(tab.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await tab.OpenChatAsync();
        await Expect(tab.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(tab.Panel).ToHaveAccessibleNameAsync("CrampBot · Riverside Family Clinic");
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await Expect(tab.SendBox).ToBeFocusedAsync();

        await tab.SendAsync("hello from the browser");
        await tab.ExpectInTranscriptAsync("you said: hello from the browser");
        await tab.ScreenshotAsync("echo-conversation");
        var conversationId = await tab.Page.EvaluateAsync<string>("() => JSON.parse(Object.values(sessionStorage)[0]).conversationId");

        await tab.Page.ReloadAsync();

        await Expect(tab.Panel).ToBeVisibleAsync();
        await tab.ExpectInTranscriptAsync("you said: hello from the browser");
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await tab.ScreenshotAsync("echo-after-reload");
        Assert.Equal(conversationId, await tab.Page.EvaluateAsync<string>("() => JSON.parse(Object.values(sessionStorage)[0]).conversationId"));
        Assert.Equal(1, host.Bot.Received.Count(a => a.Type == "conversationUpdate"));
        Assert.Empty(tab.Blocked);
        foreach (var line in tab.Log)
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public async Task When_the_token_lapses_while_the_laptop_sleeps_the_widget_renews_it_and_chats_on()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await tab.SendAsync("before sleeping");
        await tab.ExpectInTranscriptAsync("you said: before sleeping");
        var oldToken = await tab.Page.EvaluateAsync<string>("() => JSON.parse(Object.values(sessionStorage)[0]).token");

        // Longer than the 30 min token lifetime, no refresh in between: the next call is refused with 403.
        host.Clock.Advance(TimeSpan.FromMinutes(45));
        await tab.SendAsync("lost to the expired token");
        await tab.Page.WaitForFunctionAsync("old => JSON.parse(Object.values(sessionStorage)[0]).token !== old", oldToken);
        await tab.ExpectOnlineAsync();
        await tab.SendAsync("after waking up");

        await tab.ExpectInTranscriptAsync("you said: after waking up");
        Assert.DoesNotContain(host.Bot.Received, a => a.Text == "lost to the expired token");
    }
}
