using CrampBot.Builder;
using CrampBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.Storage;

/// <summary>Conversation and user state as a bot uses them: through a <see cref="TurnContext"/> per turn.</summary>
public sealed class BotStateTests
{
    private static readonly TimeSpan IdleExpiry = TimeSpan.FromMinutes(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<Progress> _progress;
    private readonly IStatePropertyAccessor<string> _preferredName;

    public BotStateTests()
    {
        _conversationState = new ConversationState(_storage, _clock, IdleExpiry);
        _userState = new UserState(_storage);
        _progress = _conversationState.CreateProperty<Progress>("progress");
        _preferredName = _userState.CreateProperty<string>("preferredName");
    }

    public sealed class Progress
    {
        public int Step { get; set; }

        public List<string> Answers { get; set; } = [];
    }

    private static TurnContext Turn(string conversationId = "conv-1", string userId = "user-1", string channelId = "webchat") =>
        TestTurns.Message(conversationId, userId, channelId);

    private async Task SaveAllAsync(TurnContext turn)
    {
        await _conversationState.SaveChangesAsync(turn);
        await _userState.SaveChangesAsync(turn);
    }

    private async Task<int> StepInNewTurnAsync(string conversationId = "conv-1") =>
        (await _progress.GetAsync(Turn(conversationId)))?.Step ?? 0;

    private async Task SetStepAsync(int step, string conversationId = "conv-1")
    {
        var turn = Turn(conversationId);
        (await _progress.GetAsync(turn, () => new Progress()))!.Step = step;
        await _conversationState.SaveChangesAsync(turn);
    }

    [Fact]
    public async Task State_is_written_only_when_something_changed()
    {
        var first = Turn();
        await _progress.GetAsync(first);
        await SaveAllAsync(first);
        Assert.Equal(0, _storage.Writes);

        var second = Turn();
        (await _progress.GetAsync(second, () => new Progress()))!.Step = 1;
        await SaveAllAsync(second);
        Assert.Equal(1, _storage.Writes);

        var third = Turn();
        Assert.Equal(1, (await _progress.GetAsync(third))!.Step);
        await SaveAllAsync(third);
        Assert.Equal(1, _storage.Writes);

        var fourth = Turn();
        (await _progress.GetAsync(fourth))!.Step = 1;
        await SaveAllAsync(fourth);
        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task Load_reads_storage_once_per_turn()
    {
        var turn = Turn();
        await _progress.GetAsync(turn);
        await _progress.GetAsync(turn);
        await _conversationState.LoadAsync(turn);

        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task Accessor_returns_the_same_instance_in_a_turn_and_in_place_changes_are_saved()
    {
        var turn = Turn();
        var progress = await _progress.GetAsync(turn, () => new Progress());
        progress!.Answers.Add("night");

        Assert.Same(progress, await _progress.GetAsync(turn));
        (await _progress.GetAsync(turn))!.Answers.Add("calf");
        await _conversationState.SaveChangesAsync(turn);

        Assert.Equal(["night", "calf"], (await _progress.GetAsync(Turn()))!.Answers);
    }

    [Fact]
    public async Task Saving_twice_in_one_turn_uses_the_fresh_ETag()
    {
        var turn = Turn();
        var progress = await _progress.GetAsync(turn, () => new Progress());
        progress!.Step = 1;
        await _conversationState.SaveChangesAsync(turn);
        progress.Step = 2;
        await _conversationState.SaveChangesAsync(turn);

        Assert.Equal(2, _storage.Writes);
        Assert.Equal(2, await StepInNewTurnAsync());
    }

    [Fact]
    public async Task Set_and_delete_property_are_saved()
    {
        var turn = Turn();
        await _preferredName.SetAsync(turn, "Sam");
        await _userState.SaveChangesAsync(turn);
        Assert.Equal("Sam", await _preferredName.GetAsync(Turn()));

        var deleting = Turn();
        await _preferredName.DeleteAsync(deleting);
        await _userState.SaveChangesAsync(deleting);

        Assert.Null(await _preferredName.GetAsync(Turn()));
        Assert.Equal("fallback", await _preferredName.GetAsync(Turn(), () => "fallback"));
    }

    [Fact]
    public async Task Clear_state_empties_the_state_at_the_next_save()
    {
        await SetStepAsync(3);
        var clearing = Turn();
        Assert.Equal(3, (await _progress.GetAsync(clearing))!.Step);

        _conversationState.ClearState(clearing);
        Assert.Null(await _progress.GetAsync(clearing));
        await _conversationState.SaveChangesAsync(clearing);

        Assert.Equal(2, _storage.Writes);
        Assert.Equal(0, await StepInNewTurnAsync());
    }

    [Fact]
    public async Task Delete_removes_the_stored_document_at_once()
    {
        await SetStepAsync(3);
        var deleting = Turn();

        await _conversationState.DeleteAsync(deleting);

        Assert.Empty(await _storage.ReadAsync(["webchat/conversations/conv-1"]));
        Assert.Null(await _progress.GetAsync(deleting));
        await _conversationState.SaveChangesAsync(deleting);
        Assert.Equal(1, _storage.Writes);
        Assert.Equal(0, await StepInNewTurnAsync());
    }

    [Fact]
    public async Task Activity_without_conversation_id_keeps_state_for_the_turn_only()
    {
        var turn = Turn(conversationId: "");
        (await _progress.GetAsync(turn, () => new Progress()))!.Step = 5;
        await _conversationState.SaveChangesAsync(turn);

        Assert.Equal(5, (await _progress.GetAsync(turn))!.Step);
        Assert.Equal(0, _storage.Writes);
        Assert.Equal(0, _storage.Reads);
    }

    [Fact]
    public async Task State_within_the_idle_expiry_is_kept()
    {
        await SetStepAsync(2);

        _clock.Advance(IdleExpiry);

        Assert.Equal(2, await StepInNewTurnAsync());
    }

    [Fact]
    public async Task State_idle_longer_than_the_expiry_is_gone_and_deleted()
    {
        await SetStepAsync(2);

        _clock.Advance(IdleExpiry + TimeSpan.FromSeconds(1));

        Assert.Equal(0, await StepInNewTurnAsync());
        Assert.Empty(await _storage.ReadAsync(["webchat/conversations/conv-1"]));
    }

    [Fact]
    public async Task Idleness_counts_from_the_last_turn_not_the_last_change()
    {
        await SetStepAsync(2);
        for (var turnNumber = 0; turnNumber < 4; turnNumber++)
        {
            // Turns that only read, 20 minutes apart: 80 minutes after the last change, never 30 idle.
            _clock.Advance(TimeSpan.FromMinutes(20));
            var reading = Turn();
            Assert.Equal(2, (await _progress.GetAsync(reading))!.Step);
            await _conversationState.SaveChangesAsync(reading);
        }

        _clock.Advance(TimeSpan.FromMinutes(29));

        Assert.Equal(2, await StepInNewTurnAsync());
    }

    [Fact]
    public async Task Quick_unchanged_turns_do_not_refresh_the_stamp()
    {
        await SetStepAsync(2);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var reading = Turn();
        await _progress.GetAsync(reading);
        await _conversationState.SaveChangesAsync(reading);

        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task Expiry_resets_one_conversation_only()
    {
        await SetStepAsync(1, "old");
        _clock.Advance(TimeSpan.FromMinutes(20));
        await SetStepAsync(2, "recent");
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(0, await StepInNewTurnAsync("old"));
        Assert.Equal(2, await StepInNewTurnAsync("recent"));
    }

    [Fact]
    public async Task Zero_idle_expiry_keeps_state_forever()
    {
        var keepForever = new ConversationState(_storage, _clock, TimeSpan.Zero);
        var accessor = keepForever.CreateProperty<int>("count");
        var turn = Turn();
        await accessor.SetAsync(turn, 7);
        await keepForever.SaveChangesAsync(turn);

        _clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(7, await accessor.GetAsync(Turn()));
    }

    [Fact]
    public async Task User_state_survives_the_conversations_expiry()
    {
        var first = Turn("conv-1", "user-1");
        await _preferredName.SetAsync(first, "Sam");
        (await _progress.GetAsync(first, () => new Progress()))!.Step = 4;
        await SaveAllAsync(first);

        _clock.Advance(TimeSpan.FromHours(5));

        var later = Turn("conv-1", "user-1");
        Assert.Null(await _progress.GetAsync(later));
        Assert.Equal("Sam", await _preferredName.GetAsync(later));
        Assert.Equal("Sam", await _preferredName.GetAsync(Turn("conv-2", "user-1")));
        Assert.Null(await _preferredName.GetAsync(Turn("conv-1", "user-2")));
        Assert.Null(await _preferredName.GetAsync(Turn("conv-1", "user-1", channelId: "msteams")));
    }

    [Fact]
    public async Task State_works_over_sqlite_across_a_restart()
    {
        using var directory = new TempDirectory();
        var path = directory.File("state.db");
        var turn = Turn();
        var state = new ConversationState(SqliteTestStorage.Create(path), _clock, IdleExpiry);
        var progress = await state.CreateProperty<Progress>("progress").GetAsync(turn, () => new Progress());
        progress!.Step = 1;
        await state.SaveChangesAsync(turn);
        progress.Answers.Add("foot");
        await state.SaveChangesAsync(turn);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var restarted = new ConversationState(SqliteTestStorage.Create(path), _clock, IdleExpiry);
        var reloaded = await restarted.CreateProperty<Progress>("progress").GetAsync(Turn());

        Assert.Equal(1, reloaded!.Step);
        Assert.Equal(["foot"], reloaded.Answers);
    }
}
