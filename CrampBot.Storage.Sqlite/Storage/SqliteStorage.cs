using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file: table <c>documents(key, document, etag, updated_utc, expires_unix_ms)</c>
/// in WAL mode. A document with a time to live gets its expiry (on the given
/// clock) in <c>expires_unix_ms</c>: reads skip it once passed and <see cref="DeleteExpiredAsync"/> deletes it. The eTag
/// lives in its own column (not inside the stored JSON) and is checked and replaced inside a <c>BEGIN IMMEDIATE</c>
/// transaction, so a batch is all-or-nothing and two writers holding the same stale eTag cannot both succeed. Writes of
/// concurrent turns are grouped: whoever holds the write connection commits every batch queued by then in one
/// transaction, each batch in its own savepoint (a conflicting batch rolls back alone). Commits use
/// <c>synchronous=NORMAL</c>: a write that returned survives the process being killed. Reads use the same connection
/// as the writes, one at a time: SQLite drops a connection's whole page cache whenever another connection has committed,
/// so a separate reader would fetch every page of every read from the file again (about 20 <c>pread</c> calls a turn),
/// while the writing connection's cache stays valid across its own commits (another process writing to the file still
/// resets it, so reads stay correct). The connection and its prepared statements are kept for the life of the storage.
/// The file, its directory and the table are created on first use.
/// </summary>
public sealed partial class SqliteStorage : IStorage, IExpiringStorage, IDisposable
{
    // SQLITE_ERROR: the generic code SQLite uses for "no such table", told apart by its message.
    private const int SqliteGenericError = 1;

    // Batches committed together at most: bounds the time one transaction holds the write lock.
    private const int MaxGroup = 64;

    private readonly string _databasePath;
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly TimeProvider _clock;
    private readonly ILogger<SqliteStorage> _logger;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentQueue<PendingWrite> _pending = new();
    private SqliteSession? _writer;
    private volatile bool _schemaReady;

    /// <summary>Creates storage in the SQLite file at <paramref name="databasePath"/> (absolute, or relative to the current directory).</summary>
    /// <param name="databasePath">The database file; it and its directory are created when missing.</param>
    /// <param name="clock">Stamps <c>updated_utc</c> and judges expiry.</param>
    /// <param name="logger">Receives keys of unreadable rows and schema repairs (never document contents).</param>
    /// <param name="busyTimeout">How long a statement waits for another connection's lock before failing; 5 s when null.</param>
    public SqliteStorage(string databasePath, TimeProvider clock, ILogger<SqliteStorage> logger, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _databasePath = Path.GetFullPath(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(5);
        _busyTimeoutMs = (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Sessions are kept by this class; the driver's pool would only hold a second copy.
            Pooling = false,
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling(timeout.TotalSeconds)),
        }.ToString();
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _databasePath;

    /// <inheritdoc />
    public async Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        }
        await EnsureSchemaAsync(cancellationToken);
        try
        {
            return await ReadWithSessionAsync(keys, cancellationToken);
        }
        catch (SqliteException exception) when (IsMissingTable(exception))
        {
            await RecreateSchemaAsync(cancellationToken);
            return await ReadWithSessionAsync(keys, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        cancellationToken.ThrowIfCancellationRequested();
        await EnsureSchemaAsync(cancellationToken);
        var pending = new PendingWrite(changes, cancellationToken);
        _pending.Enqueue(pending);
        await _writeGate.WaitAsync(CancellationToken.None);
        try
        {
            if (!pending.Done.IsCompleted)
            {
                await CommitQueuedAsync();
            }
        }
        finally
        {
            _writeGate.Release();
        }
        var newETags = await pending.Done;
        // Only after the commit: a refused batch leaves the caller's documents as they were.
        foreach (var (key, etag) in newETags)
        {
            StoreItem.SetETag(changes[key], etag);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }
        await EnsureSchemaAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await DeleteCoreAsync(keys, cancellationToken);
            }
            catch (SqliteException exception) when (IsMissingTable(exception))
            {
                await RecreateSchemaAsync(cancellationToken);
                await DeleteCoreAsync(keys, cancellationToken);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await SqliteSession.OpenAsync(_connectionString, _busyTimeoutMs, cancellationToken);
            await using var command = _writer.Connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE expires_unix_ms <= $now";
            command.Parameters.AddWithValue("$now", NowUnixMs());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private long NowUnixMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Closes the kept connections (after a write in progress).</summary>
    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            CloseSessions();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<IDictionary<string, JsonObject>> ReadWithSessionAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await SqliteSession.OpenAsync(_connectionString, _busyTimeoutMs, cancellationToken);
            return ReadCore(_writer, keys);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private Dictionary<string, JsonObject> ReadCore(SqliteSession session, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, JsonObject>(keys.Count, StringComparer.Ordinal);
        // One statement reads one key in a snapshot of its own; several keys share one read transaction.
        using var transaction = keys.Count > 1 ? session.Connection.BeginTransaction(deferred: true) : null;
        var command = session.Read;
        command.Transaction = transaction;
        command.Parameters["$now_ms"].Value = NowUnixMs();
        foreach (var key in keys.Count == 1 ? keys : keys.Distinct(StringComparer.Ordinal))
        {
            command.Parameters[0].Value = key;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                continue;
            }
            var document = ParseDocument(key, reader.IsDBNull(0) ? null : reader.GetString(0));
            if (document is not null)
            {
                StoreItem.SetETag(document, reader.GetString(1));
                result[key] = document;
            }
        }
        transaction?.Commit();
        return result;
    }

    /// <summary>Commits every queued batch (up to <see cref="MaxGroup"/>) in one transaction. Holds the write gate.</summary>
    private async Task CommitQueuedAsync()
    {
        var group = new List<PendingWrite>();
        while (group.Count < MaxGroup && _pending.TryDequeue(out var next))
        {
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Cancel();
            }
            else
            {
                group.Add(next);
            }
        }
        if (group.Count == 0)
        {
            return;
        }
        try
        {
            await CommitGroupAsync(group);
        }
        catch (SqliteException exception) when (IsMissingTable(exception))
        {
            await RecreateSchemaAsync(CancellationToken.None);
            await CommitGroupAsync(group);
        }
        catch (Exception exception)
        {
            foreach (var pending in group)
            {
                pending.Fail(exception);
            }
        }
    }

    private async Task CommitGroupAsync(List<PendingWrite> group)
    {
        _writer ??= await SqliteSession.OpenAsync(_connectionString, _busyTimeoutMs, CancellationToken.None);
        var now = _clock.GetUtcNow();
        var updatedUtc = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        var outcomes = new List<KeyValuePair<string, string>>?[group.Count];
        var conflicts = new string?[group.Count];
        // Not deferred = BEGIN IMMEDIATE: the write lock is taken before the first check, so check and write are one step.
        await using (var transaction = _writer.Connection.BeginTransaction(deferred: false))
        {
            for (var i = 0; i < group.Count; i++)
            {
                if (group.Count > 1)
                {
                    transaction.Save("batch");
                }
                outcomes[i] = WriteBatch(_writer, transaction, group[i].Changes, now, updatedUtc, out conflicts[i]);
                if (group.Count > 1)
                {
                    if (outcomes[i] is null)
                    {
                        transaction.Rollback("batch");
                    }
                    transaction.Release("batch");
                }
                else if (outcomes[i] is null)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    break;
                }
            }
            if (outcomes.Any(o => o is not null))
            {
                await transaction.CommitAsync(CancellationToken.None);
            }
        }
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Complete(outcomes[i], conflicts[i]);
        }
    }

    /// <summary>Writes one batch; null when an eTag no longer matches (<paramref name="conflictKey"/> names it; the caller rolls the batch back).</summary>
    private static List<KeyValuePair<string, string>>? WriteBatch(SqliteSession session, SqliteTransaction transaction, IDictionary<string, JsonObject> changes, DateTimeOffset now, string updatedUtc, out string? conflictKey)
    {
        conflictKey = null;
        var written = new List<KeyValuePair<string, string>>(changes.Count);
        foreach (var (key, document) in changes)
        {
            var incoming = StoreItem.GetETag(document);
            var etag = Guid.NewGuid().ToString("N");
            var conditional = !string.IsNullOrEmpty(incoming) && incoming != StoreItem.Any;
            var command = conditional ? session.Update : session.Upsert;
            command.Transaction = transaction;
            command.Parameters["$key"].Value = key;
            command.Parameters["$document"].Value = StoreItem.ToJsonWithoutETag(document);
            command.Parameters["$etag"].Value = etag;
            command.Parameters["$updated"].Value = updatedUtc;
            command.Parameters["$expires_ms"].Value = (object?)StoreItem.ExpiresAt(document, now)?.ToUnixTimeMilliseconds() ?? DBNull.Value;
            if (conditional)
            {
                command.Parameters["$expected"].Value = incoming;
                command.Parameters["$now_ms"].Value = now.ToUnixTimeMilliseconds();
            }
            if (command.ExecuteNonQuery() != 1)
            {
                // No row matched the eTag: the document changed or was deleted since it was read. Nothing of the batch stays.
                conflictKey = key;
                return null;
            }
            written.Add(new(key, etag));
        }
        return written;
    }

    private async Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        _writer ??= await SqliteSession.OpenAsync(_connectionString, _busyTimeoutMs, cancellationToken);
        await using var transaction = _writer.Connection.BeginTransaction(deferred: false);
        var command = _writer.Delete;
        command.Transaction = transaction;
        foreach (var key in keys)
        {
            command.Parameters[0].Value = key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The table vanished under us: create it again (SQLite prepares the kept statements again by itself).</summary>
    private async Task RecreateSchemaAsync(CancellationToken cancellationToken)
    {
        LogTableRecreated(_databasePath);
        _schemaReady = false;
        await EnsureSchemaAsync(cancellationToken);
    }

    private void CloseSessions()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }
            var directory = Path.GetDirectoryName(_databasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            using var session = await SqliteSession.OpenAsync(_connectionString, _busyTimeoutMs, cancellationToken);
            await using var command = session.Connection.CreateCommand();
            // journal_mode=WAL is stored in the file, so setting it once per process is enough.
            command.CommandText = "PRAGMA journal_mode = WAL";
            var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                LogNotWal(_databasePath, mode);
            }
            command.CommandText = CreateTable("documents");
            await command.ExecuteNonQueryAsync(cancellationToken);
            // A file made before documents could expire lacks the column: add it (existing rows never expire).
            command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('documents') WHERE name = 'expires_unix_ms'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = "ALTER TABLE documents ADD COLUMN expires_unix_ms INTEGER";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await MoveToRowidTableAsync(command, cancellationToken);
            command.CommandText = "CREATE INDEX IF NOT EXISTS documents_expiry ON documents (expires_unix_ms) WHERE expires_unix_ms IS NOT NULL";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    // A rowid table (with the key's unique index), not WITHOUT ROWID: a WITHOUT ROWID table keeps at most about 1,000
    // bytes of a row in its page and the rest on overflow pages, which SQLite reads past its page cache with one
    // pread each. A conversation's document is about 0.5-3 KB, so each read and write went to the file several times;
    // a rowid table keeps rows up to about 4 KB in the page.
    private static string CreateTable(string name) => $"""
        CREATE TABLE IF NOT EXISTS {name} (
            key TEXT NOT NULL PRIMARY KEY,
            document TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            expires_unix_ms INTEGER
        )
        """;

    /// <summary>A file made with the earlier WITHOUT ROWID table gets its rows copied into a rowid table, once, in one transaction.</summary>
    private async Task MoveToRowidTableAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'";
        var sql = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (sql is null || !sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        await using var transaction = (SqliteTransaction)await command.Connection!.BeginTransactionAsync(cancellationToken);
        command.Transaction = transaction;
        command.CommandText = $"""
            DROP TABLE IF EXISTS documents_rowid;
            {CreateTable("documents_rowid")};
            INSERT INTO documents_rowid (key, document, etag, updated_utc, expires_unix_ms)
                SELECT key, document, etag, updated_utc, expires_unix_ms FROM documents;
            DROP TABLE documents;
            ALTER TABLE documents_rowid RENAME TO documents;
            """;
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        command.Transaction = null;
        LogMovedToRowidTable(_databasePath, rows);
    }

    private static bool IsMissingTable(SqliteException exception) =>
        exception.SqliteErrorCode == SqliteGenericError
        && exception.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase);


    /// <summary>A row that is not a JSON object is treated as missing (and logged) so one bad row cannot block a turn.</summary>
    private JsonObject? ParseDocument(string key, string? text)
    {
        var document = StoreItem.ParseDocument(text);
        if (document is null)
        {
            LogUnreadableDocument(key);
        }
        return document;
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Stored document {Key} is not a JSON object; treated as missing")]
    private partial void LogUnreadableDocument(string key);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "State table was missing in {DatabasePath}; recreated it")]
    private partial void LogTableRecreated(string databasePath);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "SQLite file {DatabasePath} runs in journal mode {JournalMode}, not WAL")]
    private partial void LogNotWal(string databasePath, string? journalMode);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "State table of {DatabasePath} moved to a rowid table ({Rows} rows changed)")]
    private partial void LogMovedToRowidTable(string databasePath, int rows);
}
