using Microsoft.Extensions.Options;
using CrampBot.Builder;
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

    private readonly InProcessTurnLock _turnLock = new();

    private BotAdapter NewAdapter() => NewAdapter(new ConversationState(new MemoryStorage(), TimeProvider.System, TimeSpan.Zero), new BotAdapterOptions());

    private BotAdapter NewAdapter(ConversationState state, BotAdapterOptions options) =>
        new([], state, _turnLock, Options.Create(options),
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
        Assert.Equal(0, _turnLock.OpenGates);
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

        Assert.Equal(0, _turnLock.OpenGates);
    }

    [Fact]
    public async Task A_turn_that_loses_its_state_write_before_replying_runs_again_from_the_fresh_state()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage, TimeProvider.System, TimeSpan.Zero);
        var adapter = NewAdapter(state, new BotAdapterOptions { TurnErrorReply = "sorry" });
        // Another instance saves the conversation while the first run is under way (its lease was lost).
        await WriteCountAsync(storage, 5);
        var bot = new CounterBot(state, intrude: () => WriteCountAsync(storage, 10), replyBeforeSaving: false);

        var replies = await RunAsync(adapter, bot);

        Assert.Equal(2, bot.Runs);
        Assert.Equal(["count 11"], replies);
        Assert.Equal(11, await ReadCountAsync(storage));
    }

    [Fact]
    public async Task A_turn_that_loses_its_state_write_after_replying_keeps_the_other_turns_state_and_says_nothing_more()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage, TimeProvider.System, TimeSpan.Zero);
        var adapter = NewAdapter(state, new BotAdapterOptions { TurnErrorReply = "sorry" });
        await WriteCountAsync(storage, 5);
        var bot = new CounterBot(state, intrude: () => WriteCountAsync(storage, 10), replyBeforeSaving: true);

        var replies = await RunAsync(adapter, bot);

        Assert.Equal(1, bot.Runs);
        Assert.Equal(["count 6"], replies);
        Assert.Equal(10, await ReadCountAsync(storage));
    }

    private const string ConversationKey = "test/conversations/c";

    private static async Task<List<string>> RunAsync(BotAdapter adapter, IBot bot)
    {
        var replies = new List<string>();
        SendActivitiesHandler send = (_, activities, _) =>
        {
            replies.AddRange(activities.Select(a => a.Text ?? ""));
            return Task.FromResult(activities.Select(_ => new ResourceResponse("")).ToArray());
        };
        await adapter.ProcessActivityAsync(Message("c", 1), send, bot, CancellationToken.None);
        return replies;
    }

    private static async Task WriteCountAsync(MemoryStorage storage, int count)
    {
        var stored = await storage.ReadAsync([ConversationKey]);
        var document = stored.TryGetValue(ConversationKey, out var existing) ? existing : [];
        document["count"] = count;
        await storage.WriteAsync(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { [ConversationKey] = document });
    }

    private static async Task<int> ReadCountAsync(MemoryStorage storage) =>
        (await storage.ReadAsync([ConversationKey]))[ConversationKey]["count"]!.GetValue<int>();

    /// <summary>Counts up in conversation state; on its first run another writer saves the conversation mid-turn.</summary>
    private sealed class CounterBot(ConversationState state, Func<Task> intrude, bool replyBeforeSaving) : IBot
    {
        private readonly IStatePropertyAccessor<int> _count = state.CreateProperty<int>("count");

        public int Runs { get; private set; }

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            Runs++;
            var count = await _count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
            await _count.SetAsync(turnContext, count, cancellationToken);
            if (Runs == 1)
            {
                await intrude();
            }
            if (replyBeforeSaving)
            {
                await turnContext.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
            }
            await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
            if (!replyBeforeSaving)
            {
                await turnContext.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
            }
        }
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
