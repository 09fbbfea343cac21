using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Scale;

/// <summary>One of two CrampBot processes on Redis is killed (SIGKILL) in the middle of a load; the other carries on.</summary>
[Collection(RedisCollection.Name)]
public sealed class InstanceKillTests(RedisServer server, ITestOutputHelper output)
{
    private const int Conversations = 20;

    [Fact]
    public async Task A_killed_instance_loses_no_completed_step_and_the_other_finishes_every_conversation()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var connector = await FakeConnector.StartAsync();
        var settings = ScaleSettings.Redis(server);
        await using var doomed = await CrampBotProcess.StartAsync("A", settings);
        await using var survivor = await CrampBotProcess.StartAsync("B", settings);
        using var doomedClient = doomed.CreateClient();
        using var survivorClient = survivor.CreateClient();
        var channel = new PatientChannel(connector);

        // A dies once a quarter of all turns are done, while the other conversations' turns are in flight.
        var turnsDone = 0;
        var killAt = Conversations * LegPainScript.Steps.Count / 4;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retriedOnSurvivor = 0;

        var conversations = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async n =>
        {
            var conversationId = $"kill-{n}-{Guid.NewGuid():N}";
            var sent = new List<(ScriptStep Step, Activity Activity)>();
            for (var k = 0; k < LegPainScript.Steps.Count; k++)
            {
                var step = LegPainScript.Steps[k];
                var activity = channel.NewActivity(conversationId, step);
                // The load balancer alternates while both live; a failed delivery is retried on the survivor, as a
                // channel retries a request that got no answer.
                var target = (n + k) % 2 == 0 && !killed.Task.IsCompleted ? doomedClient : survivorClient;
                var status = await channel.PostAsync(target, activity, guard.Token);
                while (status != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref retriedOnSurvivor);
                    status = await channel.PostAsync(survivorClient, activity, guard.Token);
                }
                sent.Add((step, activity));
                if (Interlocked.Increment(ref turnsDone) == killAt)
                {
                    _ = Task.Run(async () =>
                    {
                        await doomed.KillAsync();
                        killed.SetResult();
                    });
                }
            }
            return sent;
        }));

        Assert.True(doomed.HasExited, "instance A was killed mid-load");
        var turns = conversations.SelectMany(c => c).ToList();
        // A turn in flight when A died may have been answered by A and again by the survivor (A replied, died before
        // saving, the retry ran it again): its last answer must be right. Every later step proves the state was kept.
        var wrong = turns.Where(t => channel.RepliesTo(t.Activity.Id!) is var replies
            && (replies.Count < t.Step.Replies || !t.Step.IsRight(replies.TakeLast(t.Step.Replies).ToList()))).ToList();
        var answeredTwice = turns.Count(t => channel.RepliesTo(t.Activity.Id!).Count > t.Step.Replies);
        output.WriteLine($"Redis, A killed after {killAt} of {turns.Count} turns: {Conversations} conversations finished on B, "
            + $"{retriedOnSurvivor} deliveries retried on B, {answeredTwice} turns answered again after the kill, {channel.Unavailable} deliveries answered 503 and sent again, {wrong.Count} wrong answers");
        Assert.True(wrong.Count == 0, $"{wrong.Count} turns were answered wrongly, e.g. '{wrong.FirstOrDefault().Step?.Description}'");
    }
}
