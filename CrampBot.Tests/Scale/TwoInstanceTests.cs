using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Scale;

/// <summary>
/// Two real CrampBot processes on one shared store, replies going through a Bot Connector stand-in, as a health board's
/// instances behind a load balancer. The store-specific classes say which store.
/// </summary>
public abstract class TwoInstanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Conversations = 24;
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(4);

    private FakeConnector? _connector;
    private CrampBotProcess? _first;
    private CrampBotProcess? _second;

    /// <summary>The store's name in the measured results.</summary>
    protected abstract string StoreName { get; }

    /// <summary>The settings that put both processes on the same store (fresh for each test).</summary>
    protected abstract IReadOnlyDictionary<string, string?> StoreSettings();

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var settings = StoreSettings();
        try
        {
            _first = await CrampBotProcess.StartAsync("A", settings);
            _second = await CrampBotProcess.StartAsync("B", settings);
        }
        catch
        {
            // A process that started is killed even when the other did not.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in new[] { _first, _second })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    [Fact]
    public async Task Conversations_whose_turns_alternate_between_instances_get_every_answer_right()
    {
        using var guard = new CancellationTokenSource(Guard);
        var channel = new PatientChannel(_connector!);
        using var first = _first!.CreateClient();
        using var second = _second!.CreateClient();
        HttpClient[] instances = [first, second];

        // Each patient answers as soon as the bot's message shows, on the other instance than the last turn.
        var conversations = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async n =>
        {
            var conversationId = $"alternate-{n}-{Guid.NewGuid():N}";
            var sent = new List<(ScriptStep Step, Activity Activity, Task<HttpStatusCode> Post)>();
            for (var k = 0; k < LegPainScript.Steps.Count; k++)
            {
                var step = LegPainScript.Steps[k];
                var activity = channel.NewActivity(conversationId, step);
                var post = channel.PostAsync(instances[(n + k) % 2], activity, guard.Token);
                sent.Add((step, activity, post));
                await channel.WaitForRepliesAsync(activity.Id!, step.Replies, post, guard.Token);
            }
            return sent;
        }));

        var turns = conversations.SelectMany(c => c).ToList();
        var statuses = await Task.WhenAll(turns.Select(t => t.Post));
        var wrong = turns.Where(t => !IsAnsweredOnceAndRight(channel, t.Step, t.Activity)).ToList();
        output.WriteLine($"{StoreName}: {Conversations} conversations, {turns.Count} turns alternating between 2 processes, {wrong.Count} wrong answers, {channel.Unavailable} deliveries answered 503 and sent again");
        Assert.True(statuses.All(status => status == HttpStatusCode.OK), Refusals(statuses));
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {turns.Count} turns were answered wrongly, e.g. '{wrong.FirstOrDefault().Step?.Description}': "
            + string.Join(" | ", wrong.Take(3).SelectMany(w => channel.RepliesTo(w.Activity.Id!)).Select(Describe)));
    }

    [Fact]
    public async Task The_same_activity_delivered_to_both_instances_at_once_is_answered_once()
    {
        using var guard = new CancellationTokenSource(Guard);
        var channel = new PatientChannel(_connector!);
        using var first = _first!.CreateClient();
        using var second = _second!.CreateClient();

        var turns = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async n =>
        {
            var conversationId = $"duplicate-{n}-{Guid.NewGuid():N}";
            var sent = new List<(ScriptStep Step, Activity Activity, HttpStatusCode[] Statuses)>();
            foreach (var step in LegPainScript.Steps)
            {
                var activity = channel.NewActivity(conversationId, step);
                var statuses = await Task.WhenAll(
                    channel.PostAsync(first, activity, guard.Token),
                    channel.PostAsync(second, activity, guard.Token));
                sent.Add((step, activity, statuses));
            }
            return sent;
        }));

        var all = turns.SelectMany(t => t).ToList();
        var wrong = all.Count(t => !IsAnsweredOnceAndRight(channel, t.Step, t.Activity));
        output.WriteLine($"{StoreName}: {all.Count} activities each delivered to both processes at once, {wrong} answered wrongly or twice, {channel.Unavailable} deliveries answered 503 and sent again");
        Assert.True(all.SelectMany(t => t.Statuses).All(status => status == HttpStatusCode.OK), Refusals(all.SelectMany(t => t.Statuses)));
        Assert.Equal(0, wrong);
    }

    /// <summary>The statuses other than 200, and why the processes said they refused (their 503 log lines).</summary>
    private string Refusals(IEnumerable<HttpStatusCode> statuses) =>
        string.Join(", ", statuses.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).Select(g => $"{g.Count()} x {(int)g.Key}")) + "\n"
        + string.Join("\n", new[] { _first!, _second! }.SelectMany(p => p.Output.Split('\n')).Where(line => line.Contains("Answered 503", StringComparison.Ordinal)).Take(5));

    private static bool IsAnsweredOnceAndRight(PatientChannel channel, ScriptStep step, Activity activity)
    {
        var replies = channel.RepliesTo(activity.Id!);
        return replies.Count == step.Replies && step.IsRight(replies);
    }

    private static string Describe(Activity reply) =>
        reply.Attachments is { Count: > 0 } ? "card" : (reply.Text ?? "").Split('\n')[0];
}
