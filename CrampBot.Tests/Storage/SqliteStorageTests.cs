using CrampBot.Storage;
using Microsoft.Data.Sqlite;

namespace CrampBot.Tests.Storage;

/// <summary>What only the SQLite storage promises: a real file, WAL, survival across restarts, resilience to bad rows.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static JsonObject Doc(string json) => JsonNode.Parse(json)!.AsObject();

    private static async Task<object?> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Creates_missing_folders_and_the_file_on_first_use()
    {
        var path = _directory.File("nested", "deeper", "crampbot.db");
        var storage = SqliteTestStorage.Create(path);
        Assert.False(File.Exists(path));

        Assert.Empty(await storage.ReadAsync(["k"]));

        Assert.True(File.Exists(path));
        Assert.Equal(path, storage.DatabasePath);
        Assert.Equal(0L, await QueryAsync(path, "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task Database_runs_in_wal_mode()
    {
        var path = _directory.File("wal.db");
        await SqliteTestStorage.Create(path).WriteAsync(new Dictionary<string, JsonObject> { ["k"] = Doc("{}") });

        Assert.Equal("wal", await QueryAsync(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Stores_one_row_per_key_with_ETag_updated_time_and_json_without_ETag()
    {
        var path = _directory.File("rows.db");
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var document = Doc("""{"v":1}""");

        await SqliteTestStorage.Create(path, clock).WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document });

        Assert.Equal(StoreItem.GetETag(document), await QueryAsync(path, "SELECT etag FROM documents WHERE key = 'k'"));
        Assert.Equal("""{"v":1}""", await QueryAsync(path, "SELECT document FROM documents WHERE key = 'k'"));
        Assert.StartsWith("2025-03-04T05:06:07", (string)(await QueryAsync(path, "SELECT updated_utc FROM documents WHERE key = 'k'"))!);
    }

    [Fact]
    public async Task A_new_instance_on_the_same_file_sees_the_data()
    {
        var path = _directory.File("restart.db");
        var document = Doc("""{"remembered":"yes"}""");
        await SqliteTestStorage.Create(path).WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document });
        SqliteConnection.ClearAllPools();

        var restarted = SqliteTestStorage.Create(path);
        var read = await restarted.ReadAsync(["k"]);

        Assert.Equal("yes", (string)read["k"]["remembered"]!);
        Assert.Equal(StoreItem.GetETag(document), StoreItem.GetETag(read["k"]));
        // The eTag read before the restart is still the one to write with.
        await restarted.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = read["k"] });
    }

    [Fact]
    public async Task Two_instances_on_one_file_share_concurrency_checks()
    {
        var path = _directory.File("shared.db");
        var first = SqliteTestStorage.Create(path);
        var second = SqliteTestStorage.Create(path);
        await first.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = Doc("""{"v":0}""") });
        var readByFirst = (await first.ReadAsync(["k"]))["k"];
        var readBySecond = (await second.ReadAsync(["k"]))["k"];

        await second.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = readBySecond });

        await Assert.ThrowsAsync<StorageConflictException>(() => first.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = readByFirst }));
    }

    [Fact]
    public async Task A_file_made_with_the_earlier_without_rowid_table_keeps_its_documents_in_a_rowid_table()
    {
        var path = _directory.File("earlier.db");
        Directory.CreateDirectory(_directory.Path);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The first layout: WITHOUT ROWID, and no expiry column yet.
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE documents (key TEXT NOT NULL PRIMARY KEY, document TEXT NOT NULL, etag TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO documents VALUES ('a', '{"v":"first"}', 'etag-a', '2025-01-01T00:00:00Z'), ('b', '{"v":"second"}', 'etag-b', '2025-01-01T00:00:00Z');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var storage = SqliteTestStorage.Create(path);
        var read = await storage.ReadAsync(["a", "b"]);

        Assert.Equal("first", (string)read["a"]["v"]!);
        Assert.Equal("etag-b", StoreItem.GetETag(read["b"]));
        Assert.DoesNotContain("WITHOUT ROWID", (string)(await QueryAsync(path, "SELECT sql FROM sqlite_master WHERE name = 'documents'"))!);
        Assert.Equal(0L, await QueryAsync(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents_rowid'"));
        // The eTags came along: a write with the one read succeeds, one with a stale eTag does not.
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["a"] = read["a"] });
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, JsonObject> { ["b"] = Doc("""{"v":"stale","eTag":"etag-old"}""") }));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public async Task An_unreadable_row_reads_as_missing_and_can_be_overwritten(string corrupt)
    {
        var path = _directory.File("corrupt.db");
        var storage = SqliteTestStorage.Create(path);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["bad"] = Doc("""{"v":"bad"}"""), ["good"] = Doc("""{"v":"good"}""") });
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET document = $corrupt WHERE key = 'bad'";
            command.Parameters.AddWithValue("$corrupt", corrupt);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var read = await storage.ReadAsync(["bad", "good"]);

        Assert.Equal(["good"], read.Keys);
        Assert.Equal("good", (string)read["good"]["v"]!);
        // The state layer writes a fresh document without eTag, which repairs the row.
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["bad"] = Doc("""{"v":"repaired"}""") });
        Assert.Equal("repaired", (string)(await storage.ReadAsync(["bad"]))["bad"]["v"]!);
    }

    [Fact]
    public async Task A_table_dropped_while_running_is_recreated()
    {
        var path = _directory.File("dropped.db");
        var storage = SqliteTestStorage.Create(path);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = Doc("{}") });
        await QueryAsync(path, "DROP TABLE documents");

        Assert.Empty(await storage.ReadAsync(["k", "other"]));
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = Doc("""{"v":"again"}""") });

        Assert.Equal("again", (string)(await storage.ReadAsync(["k"]))["k"]["v"]!);
        await storage.DeleteAsync(["k"]);
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Cancelled_operations_throw_and_write_nothing()
    {
        var storage = SqliteTestStorage.Create(_directory.File("cancel.db"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = Doc("{}") }, cancelled.Token));

        Assert.Empty(await storage.ReadAsync(["k"]));
    }
}
