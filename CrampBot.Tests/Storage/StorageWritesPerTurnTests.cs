using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Storage;

/// <summary>
/// What a turn costs the SQLite store: the activity's id is recorded in the conversation's state document, so a turn
/// is one durable write, and a redelivery none.
/// </summary>
public sealed class StorageWritesPerTurnTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Each_turn_of_the_leg_pain_check_is_one_write_and_a_redelivery_none()
    {
        Directory.CreateDirectory(_directory.Path);
        var storage = new CountingStorage(new SqliteStorage(
            Path.Combine(_directory.Path, "writes.db"), TimeProvider.System, NullLogger<SqliteStorage>.Instance));
        using var host = new BotHost(services: services => services.AddSingleton<IStorage>(storage));
        await using var chat = host.StartConversation();

        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        var answer = chat.NewActivity(Protocol.ActivityTypes.Message, a => a.Text = "no");
        await chat.Send(answer).AssertReply(CrampConversation.CrampAssert.HasCard("Yes, at least one"));
        await chat.Send("No, none of these").AssertReply(CrampConversation.CrampAssert.HasCard("What you can do now"));
        output.WriteLine($"SQLite: 4 turns, {storage.Writes} writes, {storage.Reads} reads, {storage.Deletes} deletes");
        Assert.Equal(4, storage.Writes);

        await chat.Send(answer).AssertNoMoreReplies();
        Assert.Equal(4, storage.Writes);
    }
}
