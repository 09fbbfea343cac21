using CrampBot.Builder;
using CrampBot.Dialogs;
using CrampBot.Storage;
using Microsoft.Extensions.Logging;

namespace CrampBot.Tests.Dialogs;

/// <summary>
/// A test conversation that reads like a transcript: <c>await talk.SendAsync("hi"); talk.Reply("Hello");</c>.
/// Each turn gets a fresh <see cref="TurnContext"/> whose state is loaded from storage and saved at the end, so
/// every turn goes through a JSON round trip. It is mutable and awaited (a forgotten await is a compile error), and a
/// reply left unasserted fails the next send and the end of the script, so no step can be skipped silently.
/// </summary>
internal sealed class DialogTestDriver
{
    private readonly Queue<Activity> _replies = new();
    private readonly Func<TurnContext, IStatePropertyAccessor<DialogState>, CancellationToken, Task> _turn;
    private int _nextId;

    private DialogTestDriver(Func<TurnContext, IStatePropertyAccessor<DialogState>, CancellationToken, Task> turn, IStorage storage, string channelId, ConversationAccount conversation)
    {
        _turn = turn;
        Storage = storage;
        ChannelId = channelId;
        Account = conversation;
        State = new ConversationState(storage, TimeProvider.System, TimeSpan.Zero);
        DialogState = State.CreateDialogStateAccessor();
    }

    public IStorage Storage { get; }

    public ConversationState State { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public string ChannelId { get; }

    public ConversationAccount Account { get; }

    /// <summary>What the last turn's dialog run returned (when the turn ran a root dialog).</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>What the runner tells a user whose stale dialog stack was dropped, in these tests.</summary>
    public const string RestartMessage = "(the dialogs changed; starting again)";

    /// <summary>Runs <paramref name="script"/> against <paramref name="root"/> run with <see cref="DialogExtensions.RunAsync"/>.</summary>
    public static Task RunAsync(Dialog root, Func<DialogTestDriver, Task> script, string channelId = "test", string? conversationType = null, bool? isGroup = null, IStorage? storage = null, ILogger? logger = null)
    {
        DialogTestDriver? self = null;
        self = Create(async (turnContext, accessor, ct) => self!.LastResult = await root.RunAsync(turnContext, accessor, ct, logger, RestartMessage), channelId, conversationType, isGroup, storage);
        return self.PlayAsync(script);
    }

    /// <summary>Runs <paramref name="script"/> with a custom turn handler (e.g. one driving a DialogContext directly).</summary>
    public static Task RunAsync(Func<TurnContext, IStatePropertyAccessor<DialogState>, CancellationToken, Task> turn, Func<DialogTestDriver, Task> script, string channelId = "test", IStorage? storage = null) =>
        Create(turn, channelId, null, null, storage).PlayAsync(script);

    /// <summary>The user types <paramref name="text"/>.</summary>
    public Task SendAsync(string text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>The user sends <paramref name="activity"/> (addressing is filled in).</summary>
    public async Task SendAsync(Activity activity)
    {
        AssertNoPendingReplies("before the next send");
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= $"a{++_nextId}";
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= Account;
        activity.From ??= new ChannelAccount { Id = "user1", Role = RoleTypes.User };
        activity.Recipient ??= new ChannelAccount { Id = "bot1", Role = RoleTypes.Bot };
        activity.ServiceUrl ??= "http://localhost/";
        var turnContext = new TurnContext(activity, (_, activities, _) =>
        {
            foreach (var sent in activities)
            {
                _replies.Enqueue(sent);
            }
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString())).ToArray());
        });
        await _turn(turnContext, DialogState, CancellationToken.None);
        await State.SaveChangesAsync(turnContext, cancellationToken: CancellationToken.None);
    }

    /// <summary>Takes the next reply and checks its text.</summary>
    public Activity Reply(string expectedText)
    {
        var reply = Reply();
        Assert.Equal(expectedText, reply.Text);
        return reply;
    }

    /// <summary>Takes the next reply.</summary>
    public Activity Reply()
    {
        Assert.True(_replies.Count > 0, "Expected a reply, but the bot sent nothing more.");
        return _replies.Dequeue();
    }

    /// <summary>The stored conversation-state document's dialog stack, as JSON.</summary>
    public async Task<JsonNode?> StoredDialogStateAsync()
    {
        var key = $"{ChannelId}/conversations/{Account.Id}";
        var documents = await Storage.ReadAsync([key]);
        return documents.TryGetValue(key, out var document) ? document[DialogExtensions.DialogStateProperty] : null;
    }

    private static DialogTestDriver Create(Func<TurnContext, IStatePropertyAccessor<DialogState>, CancellationToken, Task> turn, string channelId, string? conversationType, bool? isGroup, IStorage? storage) =>
        new(turn, storage ?? new MemoryStorage(), channelId, new ConversationAccount { Id = "conv1", ConversationType = conversationType, IsGroup = isGroup });

    private async Task PlayAsync(Func<DialogTestDriver, Task> script)
    {
        await script(this);
        AssertNoPendingReplies("at the end of the script");
    }

    private void AssertNoPendingReplies(string when)
    {
        if (_replies.Count > 0)
        {
            var texts = string.Join(" | ", _replies.Select(r => r.Text));
            Assert.Fail($"Unasserted replies {when}: {texts}");
        }
    }
}
