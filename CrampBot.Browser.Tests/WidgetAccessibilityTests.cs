using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CrampBot.Browser.Tests;

/// <summary>
/// WCAG 2.2 AA, audited by axe-core in Chromium over every state of the widget a patient can reach with the real
/// cramp conversation (welcome with the unreviewed-content notice, the kidneys and ultrasound topic cards,
/// "Did you mean …?", the other-signs question card, the same-day and emergency outcome cards, the self-care card, and
/// the "could not be started" notice), at desktop and phone sizes: no serious or critical violation. The rules
/// found are written to TestResults/widget/accessibility-*.txt.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WidgetAccessibilityTests(ChromiumFixture chromium, ITestOutputHelper output)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string> Sizes => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_card_and_state_of_the_widget_passes_an_axe_WCAG_2_2_AA_audit(string size)
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, host.BaseAddress, Viewport(size));
        var findings = new List<string>();

        await Expect(tab.Launcher).ToBeVisibleAsync();
        await AuditAsync(tab, "launcher", findings);

        await tab.OpenChatAsync();
        await tab.ExpectInTranscriptAsync("CrampBot. I can tell you what");
        await Expect(tab.Panel.Locator(".crampbot-notice")).ToBeVisibleAsync();
        await AuditAsync(tab, "welcome with the unreviewed notice", findings);

        await tab.SendAsync("what do my kidneys do");
        await Expect(tab.LastCard).ToContainTextAsync("filter your blood");
        await AuditAsync(tab, "kidneys card", findings);

        await tab.SendAsync("what is an ultrasound scan");
        await Expect(tab.LastCard).ToContainTextAsync("sound waves");
        await AuditAsync(tab, "ultrasound card", findings);

        await tab.SendAsync("cramp");
        await tab.ExpectInTranscriptAsync("Did you mean one of these?");
        await AuditAsync(tab, "did you mean", findings);

        await tab.SendAsync("my calf hurts");
        await tab.ExpectInTranscriptAsync("Is your leg swollen?");
        await tab.TapSuggestedActionAsync("No");
        await Expect(tab.LastCard).ToContainTextAsync("Do you have any of these");
        await AuditAsync(tab, "other-signs question card", findings);

        await tab.LastCard.GetByRole(AriaRole.Button, new() { Name = "Yes, at least one" }).ClickAsync();
        await Expect(tab.LastCard).ToContainTextAsync("Contact your doctor today");
        await AuditAsync(tab, "same-day outcome card", findings);

        await tab.SendAsync("I can't stop coughing up blood");
        await Expect(tab.LastCard).ToContainTextAsync("Call 999 now");
        await AuditAsync(tab, "emergency outcome card", findings);

        await tab.SendAsync("my calf hurts");
        await tab.ExpectInTranscriptAsync("Is your leg swollen?");
        await tab.SendAsync("no");
        await Expect(tab.LastCard).ToContainTextAsync("Do you have any of these");
        await tab.SendAsync("no");
        await Expect(tab.LastCard).ToContainTextAsync("What you can do now");
        await AuditAsync(tab, "self-care outcome card", findings);

        await ReportAsync($"accessibility-{size}", findings);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task The_could_not_be_started_notice_passes_the_audit_too(string size)
    {
        await using var clinic = await ClinicSite.StartAsync();
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?> { ["WebChat:AllowedOrigins"] = "https://some-other-clinic.example" });
        clinic.BotAddress = host.BaseAddress;
        await using var tab = await WidgetPage.OpenAsync(chromium.Browser, clinic.Address, Viewport(size));
        var findings = new List<string>();

        await tab.Launcher.ClickAsync();
        await Expect(tab.Panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("The chat could not be started. Please try again later.");

        await AuditAsync(tab, "could not be started", findings);
        await ReportAsync($"accessibility-error-{size}", findings);
    }

    // Reduced motion: the panel's entrance animation would leave axe judging half-faded colours.
    private static BrowserNewContextOptions Viewport(string size) => size == "phone"
        ? new() { ViewportSize = new() { Width = 375, Height = 667 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, ReducedMotion = ReducedMotion.Reduce }
        : new() { ViewportSize = new() { Width = 1280, Height = 800 }, ReducedMotion = ReducedMotion.Reduce };

    // Every violation is recorded; serious and critical ones fail the test, with what axe says about each node.
    private static async Task AuditAsync(WidgetPage tab, string state, List<string> findings)
    {
        var result = await tab.Page.RunAxe(WcagAa);
        foreach (var violation in result.Violations)
        {
            var nodes = string.Join("\n    ", violation.Nodes.Select(node => $"{node.Target}: {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))}"));
            findings.Add($"{state}: [{violation.Impact}] {violation.Id}: {violation.Help}\n    {nodes}");
        }
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ToList();
        Assert.True(blocking.Count == 0, $"{state}: {string.Join("\n", findings.Where(f => f.StartsWith(state + ":", StringComparison.Ordinal)))}");
    }

    private async Task ReportAsync(string name, List<string> findings)
    {
        var report = findings.Count == 0 ? "No WCAG 2.2 AA violation found by axe-core." : string.Join("\n", findings);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(TestArtifacts.Folder("widget"), name + ".txt"), report + "\n");
    }
}
