using System.Net.Http.Json;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Scale;

/// <summary>The store goes away and comes back: 503 with Retry-After meanwhile, nothing half-saved, service resumes by itself.</summary>
public sealed class StoreOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task While_redis_is_down_messages_get_503_and_afterwards_the_conversation_continues_where_it_was()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        // A server of this test's own (stopping the shared one would break other tests), keeping its data across the stop.
        var redis = new RedisServer { Durable = true };
        await redis.InitializeAsync();
        try
        {
            await using var connector = await FakeConnector.StartAsync();
            await using var bot = await CrampBotProcess.StartAsync("A", ScaleSettings.Redis(redis));
            using var client = bot.CreateClient();
            var channel = new PatientChannel(connector);
            var conversationId = $"outage-{Guid.NewGuid():N}";
            var steps = LegPainScript.Steps;
            foreach (var step in steps.Take(2))
            {
                await AssertAnsweredRightAsync(channel, client, channel.NewActivity(conversationId, step), step, guard.Token);
            }

            await redis.StopAsync();
            await bot.WaitUntilNotReadyAsync(guard.Token);
            var duringOutage = channel.NewActivity(conversationId, steps[2]);
            using (var refused = await client.PostAsJsonAsync("/api/messages", duringOutage, ProtocolJson.Options, guard.Token))
            {
                var body = await refused.Content.ReadAsStringAsync(guard.Token);
                output.WriteLine($"Redis down: POST /api/messages -> {(int)refused.StatusCode}, Retry-After {refused.Headers.RetryAfter}, {body}");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "a 503 says when to retry");
                Assert.Equal("Store unavailable", JsonNode.Parse(body)?["title"]?.GetValue<string>());
            }
            using (var readiness = await client.GetAsync("/readyz", guard.Token))
            {
                var report = JsonNode.Parse(await readiness.Content.ReadAsStringAsync(guard.Token))!;
                Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
                Assert.Equal("Unhealthy", report["checks"]![0]!["status"]!.GetValue<string>());
            }
            using (var alive = await client.GetAsync("/healthz", guard.Token))
            {
                Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            }

            await redis.RestartAsync();
            await bot.WaitUntilReadyAsync(guard.Token);
            // The channel delivers the refused activity again: it was not half-processed, so it is answered now, from
            // the state before the outage; then the conversation goes on.
            await AssertAnsweredRightAsync(channel, client, duringOutage, steps[2], guard.Token);
            await AssertAnsweredRightAsync(channel, client, channel.NewActivity(conversationId, steps[3]), steps[3], guard.Token);
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }

    private static async Task AssertAnsweredRightAsync(PatientChannel channel, HttpClient client, Activity activity, ScriptStep step, CancellationToken cancellationToken)
    {
        Assert.Equal(HttpStatusCode.OK, await channel.PostAsync(client, activity, cancellationToken));
        var replies = channel.RepliesTo(activity.Id!);
        Assert.True(replies.Count == step.Replies && step.IsRight(replies), $"'{step.Description}' was answered wrongly ({replies.Count} replies)");
    }
}
