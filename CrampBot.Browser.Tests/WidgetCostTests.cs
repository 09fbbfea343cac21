namespace CrampBot.Browser.Tests;

/// <summary>What the widget costs a clinic page, measured in the browser (bytes as transferred, compressed).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetCostTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task The_page_pays_only_for_the_small_loader_until_the_patient_opens_the_chat()
    {
        await using var host = DirectLineTestHost.Start();
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress);
        await Expect(tab.Launcher).ToBeVisibleAsync();

        var onLoad = await tab.BytesAsync("script");
        var styles = await tab.BytesAsync("stylesheet");
        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync(EchoTestBot.AskMeAnything);
        var onOpen = await tab.BytesAsync("script");

        var report = $"""
            Widget cost for a clinic page (JavaScript bytes transferred, brotli, headers included), Chromium {chromium.Browser.Version}:
              page load, chat closed: {Describe(onLoad)}
              after opening the chat: {Describe(onOpen)}
              plus the widget's stylesheet: {Describe(styles)}
            """;
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(TestArtifacts.Folder("widget"), "widget-cost.txt"), report);

        Assert.Equal(["/widget.js"], onLoad.Keys);
        Assert.InRange(onLoad["/widget.js"], 1, 10 * 1024);
        Assert.Equal(["/webchat/webchat.js", "/widget.js"], onOpen.Keys.Order());
        // The Web Chat 4.18.1 bundle is 3.9 MB raw; brotli brings it well under 1 MB.
        Assert.InRange(onOpen["/webchat/webchat.js"], 100 * 1024, 1024 * 1024);
        Assert.Empty(tab.Blocked);
    }

    private static string Describe(IReadOnlyDictionary<string, long> sizes) =>
        string.Join(", ", sizes.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value:N0} B"))
        + $" (total {sizes.Values.Sum():N0} B)";
}
