using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file: table <c>documents(key, document, etag, updated_utc, expires_unix_ms)</c>
/// in WAL mode, so readers never wait for the writer. A document with a time to live gets its expiry (on the given
/// clock) in <c>expires_unix_ms</c>: reads skip it once passed and <see cref="DeleteExpiredAsync"/> deletes it. The eTag lives in its own column (not inside the stored JSON) and is checked and
/// replaced inside one <c>BEGIN IMMEDIATE</c> transaction per batch, so a batch is all-or-nothing and two writers holding
/// the same stale eTag cannot both succeed. The file, its directory and the table are created on first use.
/// </summary>
public sealed partial class SqliteStorage : IStorage, IExpiringStorage
{
    // SQLITE_ERROR: the generic code SQLite uses for "no such table", told apart by its message.
    private const int SqliteGenericError = 1;

    private readonly string _databasePath;
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly TimeProvider _clock;
    private readonly ILogger<SqliteStorage> _logger;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
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
            Pooling = true,
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling(timeout.TotalSeconds)),
        }.ToString();
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _databasePath;

    /// <inheritdoc />
    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.FromResult<IDictionary<string, JsonObject>>(new Dictionary<string, JsonObject>(StringComparer.Ordinal))
            : RunAsync(connection => ReadCoreAsync(connection, keys, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        var newETags = await RunAsync(connection => WriteCoreAsync(connection, changes, cancellationToken), cancellationToken);
        // Only after the commit: a refused batch leaves the caller's documents as they were.
        foreach (var (key, etag) in newETags)
        {
            StoreItem.SetETag(changes[key], etag);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.CompletedTask
            : RunAsync(connection => DeleteCoreAsync(connection, keys, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE expires_unix_ms <= $now";
            command.Parameters.AddWithValue("$now", NowUnixMs());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private long NowUnixMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<IDictionary<string, JsonObject>> ReadCoreAsync(SqliteConnection connection, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        // One read transaction: a multi-key read sees one consistent snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT document, etag FROM documents WHERE key = $key AND (expires_unix_ms IS NULL OR expires_unix_ms > $now)";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        command.Parameters.AddWithValue("$now", NowUnixMs());
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            keyParameter.Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
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
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<List<KeyValuePair<string, string>>> WriteCoreAsync(SqliteConnection connection, IDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        var written = new List<KeyValuePair<string, string>>(changes.Count);
        var now = _clock.GetUtcNow();
        var updatedUtc = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        // Not deferred = BEGIN IMMEDIATE: the write lock is taken before the first check, so check and write are one step.
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (key, document) in changes)
        {
            var incoming = StoreItem.GetETag(document);
            var etag = Guid.NewGuid().ToString("N");
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = string.IsNullOrEmpty(incoming) || incoming == StoreItem.Any
                ? """
                  INSERT INTO documents (key, document, etag, updated_utc, expires_unix_ms) VALUES ($key, $document, $etag, $updated, $expires)
                  ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_utc = excluded.updated_utc,
                      expires_unix_ms = excluded.expires_unix_ms
                  """
                // An expired document is gone: its eTag no longer matches anything.
                : """
                  UPDATE documents SET document = $document, etag = $etag, updated_utc = $updated, expires_unix_ms = $expires
                  WHERE key = $key AND etag = $expected AND (expires_unix_ms IS NULL OR expires_unix_ms > $now)
                  """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$document", StoreItem.ToJsonWithoutETag(document));
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$updated", updatedUtc);
            command.Parameters.AddWithValue("$expected", (object?)incoming ?? DBNull.Value);
            command.Parameters.AddWithValue("$expires", (object?)StoreItem.ExpiresAt(document, now)?.ToUnixTimeMilliseconds() ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                // No row matched the eTag: the document changed or was deleted since it was read. Nothing of the batch stays.
                await transaction.RollbackAsync(CancellationToken.None);
                throw new StorageConflictException(key);
            }
            written.Add(new(key, etag));
        }
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static async Task<bool> DeleteCoreAsync(SqliteConnection connection, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM documents WHERE key = $key";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs one operation on a pooled connection; recreates the table once if it vanished under us.</summary>
    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await operation(connection);
        }
        catch (SqliteException exception) when (IsMissingTable(exception))
        {
            LogTableRecreated(_databasePath);
            _schemaReady = false;
            await EnsureSchemaAsync(cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            return await operation(connection);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection: wait for a competing writer's lock instead of failing at once with SQLITE_BUSY.
            await using var command = connection.CreateCommand();
            command.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout = {_busyTimeoutMs}");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
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
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // journal_mode=WAL is stored in the file, so setting it once per process is enough.
            command.CommandText = "PRAGMA journal_mode = WAL";
            var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                LogNotWal(_databasePath, mode);
            }
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS documents (
                    key TEXT NOT NULL PRIMARY KEY,
                    document TEXT NOT NULL,
                    etag TEXT NOT NULL,
                    updated_utc TEXT NOT NULL,
                    expires_unix_ms INTEGER
                ) WITHOUT ROWID
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            // A file made before documents could expire lacks the column: add it (existing rows never expire).
            command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('documents') WHERE name = 'expires_unix_ms'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = "ALTER TABLE documents ADD COLUMN expires_unix_ms INTEGER";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            command.CommandText = "CREATE INDEX IF NOT EXISTS documents_expiry ON documents (expires_unix_ms) WHERE expires_unix_ms IS NOT NULL";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
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
}
