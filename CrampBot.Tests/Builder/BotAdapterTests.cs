using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CrampBot.Builder;
using CrampBot.Protocol;
using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Builder;

public sealed class BotAdapterTests
{
    private sealed class CountingBot : IBot
    {
        private int _inFlight;
        public int MaxInFlight;
        public int Turns;

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref MaxInFlight, now);
            await Task.Yield();
            Interlocked.Increment(ref Turns);
            Interlocked.Decrement(ref _inFlight);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    private static BotAdapter NewAdapter() =>
        new([], new ConversationState(new MemoryStorage(), TimeProvider.System, TimeSpan.Zero), Options.Create(new BotAdapterOptions()),
            new BotTelemetry(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), NullLogger<BotAdapter>.Instance);

    private static Activity Message(string conversationId, int n) => new()
    {
        Type = ActivityTypes.Message, Id = $"{conversationId}-{n}", ChannelId = "test", Text = "hi",
        Conversation = new ConversationAccount { Id = conversationId },
    };

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_and_leave_no_gate_behind()
    {
        var adapter = NewAdapter();
        var bot = new CountingBot();
        SendActivitiesHandler send = (_, a, _) => Task.FromResult(a.Select(_ => new ResourceResponse("")).ToArray());

        await Task.WhenAll(Enumerable.Range(0, 50).Select(n => Task.Run(() => adapter.ProcessActivityAsync(Message("one", n), send, bot, CancellationToken.None))));

        Assert.Equal(50, bot.Turns);
        Assert.Equal(1, bot.MaxInFlight);
        Assert.Equal(0, adapter.OpenGates);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_no_gate_behind()
    {
        var adapter = NewAdapter();
        var release = new TaskCompletionSource();
        var blocking = new BlockingBot(release.Task);
        SendActivitiesHandler send = (_, a, _) => Task.FromResult(a.Select(_ => new ResourceResponse("")).ToArray());
        var first = adapter.ProcessActivityAsync(Message("c", 1), send, blocking, CancellationToken.None);
        await blocking.Started.Task;

        using var cancelled = new CancellationTokenSource();
        var second = adapter.ProcessActivityAsync(Message("c", 2), send, blocking, cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        release.SetResult();
        await first;

        Assert.Equal(0, adapter.OpenGates);
    }

    private sealed class BlockingBot(Task release) : IBot
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await release;
        }
    }
}
