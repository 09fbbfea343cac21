using System.Diagnostics;
using CrampBot.Storage;
using Microsoft.Data.Sqlite;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.Storage;

/// <summary>
/// Retention through the real app on SQLite and a fake clock: the conversation's state goes after
/// <c>Storage:Retention:Conversations</c>, the Direct Line log after <c>DirectLine:LogRetention</c>, and the sweeper
/// deletes the rows from the file. (Every provider's expiry is in the storage contract; Redis TTLs through the app in
/// DirectLineAcrossInstancesTests.)
/// </summary>
public sealed class RetentionTests : IDisposable
{
    // Only a guard against a hung run; the wait itself ends on a condition.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Idle_state_then_the_direct_line_log_are_forgotten_and_swept_from_the_file()
    {
        var path = _directory.File("state.db");
        await using var host = DirectLineTestHost.Start(new Dictionary<string, string?>
        {
            ["Storage:Retention:Conversations"] = "01:00:00",
            ["Storage:Retention:SweepInterval"] = SweepInterval.ToString(),
            ["DirectLine:LogRetention"] = "02:00:00",
        }, sqlitePath: path);
        using var conversation = await host.StartConversationAsync();
        using var secret = host.CreateClient(DirectLineTestHost.Secret);
        await conversation.Send("hello");
        var storage = host.Services.GetRequiredService<IStorage>();
        string[] state = [$"directline/conversations/{conversation.Id}"];
        Assert.Single(await storage.ReadAsync(state));

        host.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Empty(await storage.ReadAsync(state));
        Assert.Equal(3, (await GetActivitiesAsync(secret, conversation.Id)).Activities.Count);

        host.Clock.Advance(TimeSpan.FromMinutes(60));

        using var gone = await secret.GetAsync($"/v3/directline/conversations/{conversation.Id}/activities");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        // The sweeper runs on the fake clock's ticks; it may not be waiting on its timer yet, so the clock keeps moving.
        var waited = Stopwatch.StartNew();
        while (await CountRowsAsync(path) > 0)
        {
            Assert.True(waited.Elapsed < Guard, "The sweeper did not delete the expired rows.");
            host.Clock.Advance(SweepInterval);
            await Task.Delay(50);
        }
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<long> CountRowsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
