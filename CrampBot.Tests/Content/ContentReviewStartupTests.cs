using CrampBot.Tests.Authentication;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.Content;

/// <summary>
/// The real app started in Production refuses content no clinician has reviewed (in this version, and not overdue),
/// naming the setting to fix, unless Content:AllowUnreviewed says otherwise; Development serves it with the notice.
/// </summary>
public sealed class ContentReviewStartupTests
{
    private static readonly string Version = TestContent.Catalog.Version;

    private static Dictionary<string, string?> ReviewOf(string version) => new()
    {
        ["Content:Reviewer"] = "Dr A. Example, GP",
        ["Content:ReviewedOn"] = "2026-03-01",
        ["Content:NextReviewDate"] = "2027-03-01",
        ["Content:ReviewedVersion"] = version,
    };

    private static Action<IServiceCollection> ClockOn(int year, int month, int day) => services =>
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Production_refuses_unreviewed_content_and_names_the_settings_to_fix()
    {
        using var host = new BotHost(environment: Environments.Production);

        var message = StartupFailure(host);

        Assert.Contains("No clinical review is configured", message);
        Assert.Contains($"Content:ReviewedVersion={Version}", message);
        Assert.Contains("Content:AllowUnreviewed=true", message);
    }

    [Fact]
    public void Production_refuses_a_review_of_another_content_version_and_says_both_versions()
    {
        using var host = new BotHost(ReviewOf("1.0.0"), ClockOn(2026, 6, 1), Environments.Production);

        var message = StartupFailure(host);

        Assert.Contains($"Content:ReviewedVersion is 1.0.0 but the content is version {Version}", message);
    }

    [Fact]
    public void Production_refuses_an_overdue_review()
    {
        using var host = new BotHost(ReviewOf(Version), ClockOn(2027, 3, 2), Environments.Production);

        var message = StartupFailure(host);

        Assert.Contains("ran out on 2027-03-01 (Content:NextReviewDate)", message);
        Assert.Contains("Content:AllowUnreviewed=true", message);
    }

    [Fact]
    public async Task Production_serves_reviewed_content_and_answers_name_the_reviewer()
    {
        using var host = new BotHost(ReviewOf(Version), ClockOn(2027, 3, 1), Environments.Production);

        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("how long does a cramp last").AssertReply(reply =>
        {
            Assert.Contains("Reviewed by Dr A. Example, GP on 1 March 2026.", reply.Text);
            Assert.DoesNotContain("checked by a clinician", reply.Text);
        });
    }

    [Fact]
    public async Task Production_serves_unreviewed_content_when_allowed_and_every_answer_says_so()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Content:AllowUnreviewed"] = "true" }, environment: Environments.Production);

        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("how long does a cramp last").AssertReply("This information has not yet been checked by a clinician.");
    }

    [Fact]
    public async Task Development_serves_unreviewed_content_and_warns_that_a_review_of_another_version_is_ignored()
    {
        var logs = new CapturedLogs();
        using var host = new BotHost(ReviewOf("1.0.0"), services => services.AddSingleton<ILoggerProvider>(logs), Environments.Development);

        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("how long does a cramp last").AssertReply("This information has not yet been checked by a clinician.");

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("content version 1.0.0", StringComparison.Ordinal)
            && e.Message.Contains($"the content is version {Version}", StringComparison.Ordinal));
        // The reviewer is a person's name: it stays out of the logs.
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Dr A. Example", StringComparison.Ordinal));
    }

    private static string StartupFailure(BotHost host)
    {
        // Building the real host starts it: the startup check throws before any request is served.
        var message = Assert.Throws<OptionsValidationException>(() => host.CreateClient()).Message;
        Assert.Contains("Production serves only clinically reviewed content", message);
        return message;
    }
}
