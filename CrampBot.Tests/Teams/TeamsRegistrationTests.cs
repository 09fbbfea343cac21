using CrampBot.Builder;
using CrampBot.Channels.Teams;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Teams;

public class TeamsRegistrationTests
{
    [Fact]
    public void The_teams_middleware_runs_after_deduplication_and_typing_in_a_fixed_order()
    {
        using var host = new BotHost();
        var pipeline = host.Services.GetServices<IMiddleware>().Select(m => m.GetType()).ToList();
        Assert.Equal(
            [
                typeof(DeduplicationMiddleware), typeof(ShowTypingMiddleware), typeof(TeamsWelcomeMiddleware),
                typeof(GroupMentionGateMiddleware), typeof(MentionRemovalMiddleware), typeof(AdaptiveCardActionMiddleware),
                typeof(MessageSplitMiddleware),
            ],
            pipeline);
    }

    [Fact]
    public void The_split_limit_is_configurable_and_a_useless_limit_stops_the_app()
    {
        using (var host = new BotHost(new Dictionary<string, string?> { ["Teams:MaxMessageLength"] = "2000" }))
        {
            Assert.Equal(2000, host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.MaxMessageLength);
        }
        using var broken = new BotHost(new Dictionary<string, string?> { ["Teams:MaxMessageLength"] = "10" });
        var error = Assert.Throws<OptionsValidationException>(() => broken.Services);
        Assert.Contains("Teams:MaxMessageLength", error.Message);
    }
}
