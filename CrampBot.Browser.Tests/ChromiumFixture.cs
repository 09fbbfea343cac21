namespace CrampBot.Browser.Tests;

/// <summary>
/// One headless Debian Chromium for the widget tests, driven by Playwright. Playwright's own browser download cannot
/// work here, so the system browser is launched by path (test.sh installs it with apt-get when it is missing).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long any browser wait may take before the test fails: long, because it ends as soon as the condition holds.</summary>
    public static readonly TimeSpan ConditionTimeout = TimeSpan.FromMinutes(3);

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh (it installs Debian's chromium) or 'apt-get install -y chromium'.");
        }
        // Every wait is for a condition the page exposes; on a busy 2-core machine the first Web Chat bundle load and
        // Direct Line connect can take far longer than Playwright's 5 s default, so the default is the test's budget.
        Assertions.SetDefaultExpectTimeout((float)ConditionTimeout.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
