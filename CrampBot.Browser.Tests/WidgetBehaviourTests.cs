namespace CrampBot.Browser.Tests;

/// <summary>Cards, keyboard, phone layout and cross-origin embedding, in real headless Chromium (protocol test bot).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetBehaviourTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task An_adaptive_card_renders_and_its_button_posts_back()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await tab.OpenChatAsync();

        await tab.SendAsync("card");
        var card = tab.Transcript.Locator(".ac-adaptiveCard");
        await Expect(card).ToContainTextAsync("Kidneys and cramps");
        await tab.ScreenshotAsync("echo-adaptive-card");
        await card.GetByRole(AriaRole.Button, new() { Name = "Tell me more" }).ClickAsync();

        await tab.ExpectInTranscriptAsync("you said: more about kidneys");
        var postBack = host.Bot.Received.Last(a => a.Type == "message");
        Assert.Null(postBack.Text);
        Assert.Equal("more about kidneys", postBack.InputText);
    }

    [Fact]
    public async Task The_widget_works_from_the_keyboard_and_gives_focus_back()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await Expect(tab.Launcher).ToBeVisibleAsync();

        await tab.Launcher.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(tab.SendBox).ToBeFocusedAsync();
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await tab.Page.Keyboard.TypeAsync("typed with keys");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.ExpectInTranscriptAsync("you said: typed with keys");

        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(tab.Panel).ToBeHiddenAsync();
        await Expect(tab.Launcher).ToBeFocusedAsync();
        await Expect(tab.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Leg cramp questions? Chat with CrampBot" })).ToBeVisibleAsync();

        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(tab.Panel).ToBeVisibleAsync();
        await tab.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();
        await Expect(tab.Panel).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_panel_fills_the_screen()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 667 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });

        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await tab.ScreenshotAsync("phone-chat");

        var box = await tab.Panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal(0, box.X);
        Assert.Equal(0, box.Y);
        Assert.Equal(375, box.Width);
        Assert.Equal(667, box.Height);
        await Expect(tab.Launcher).ToBeHiddenAsync();
        var fontSize = await tab.SendBox.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", string.Empty), System.Globalization.CultureInfo.InvariantCulture) >= 14, fontSize);
    }

    [Fact]
    public async Task A_clinic_site_on_another_origin_embeds_the_widget_when_its_origin_is_allowed()
    {
        await using var clinic = await ClinicSite.StartAsync();
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["WebChat:AllowedOrigins"] = clinic.Origin });
        clinic.BotAddress = host.BaseAddress;
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, clinic.Address);

        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        await tab.SendAsync("from the clinic's own site");
        await tab.ExpectInTranscriptAsync("you said: from the clinic's own site");
        await tab.ScreenshotAsync("cross-origin-clinic-site");
    }

    [Fact]
    public async Task A_site_whose_origin_is_not_allowed_gets_no_chat()
    {
        await using var clinic = await ClinicSite.StartAsync();
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["WebChat:AllowedOrigins"] = "https://some-other-clinic.example" });
        clinic.BotAddress = host.BaseAddress;
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, clinic.Address);

        await tab.Launcher.ClickAsync();

        await Expect(tab.Panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("The chat could not be started. Please try again later.");
        Assert.Empty(host.Bot.Received);
    }
}
