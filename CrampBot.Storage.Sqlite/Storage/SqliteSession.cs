using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CrampBot.Storage;

/// <summary>
/// One open connection of <see cref="SqliteStorage"/> with its statements prepared once and reused: opening a
/// connection, setting its pragmas and compiling SQL cost more CPU than a whole state read or write, so a session
/// lives as long as the storage and only its parameter values change per call.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteCommand? _read;
    private SqliteCommand? _upsert;
    private SqliteCommand? _update;
    private SqliteCommand? _delete;

    private SqliteSession(SqliteConnection connection) => _connection = connection;

    public SqliteConnection Connection => _connection;

    /// <summary>Opens a connection that waits <paramref name="busyTimeoutMs"/> for another connection's lock.</summary>
    public static async Task<SqliteSession> OpenAsync(string connectionString, int busyTimeoutMs, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // busy_timeout: wait for a competing writer (another process on the file) instead of failing with SQLITE_BUSY.
            // synchronous=NORMAL in WAL mode: a commit is in the WAL (the OS has it) when it returns, so it survives
            // the process being killed; only a power cut can lose the last commits. The WAL is synced at checkpoints.
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new SqliteSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The document unless it has expired (<c>$now_ms</c>: the storage clock in Unix milliseconds).</summary>
    public SqliteCommand Read => _read ??= Prepare(
        "SELECT document, etag FROM documents WHERE key = $key AND (expires_unix_ms IS NULL OR expires_unix_ms > $now_ms)",
        "$key", "$now_ms");

    /// <summary>Insert or replace whatever is stored (no eTag given, or "*").</summary>
    public SqliteCommand Upsert => _upsert ??= Prepare(
        """
        INSERT INTO documents (key, document, etag, updated_utc, expires_unix_ms) VALUES ($key, $document, $etag, $updated, $expires_ms)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_utc = excluded.updated_utc,
            expires_unix_ms = excluded.expires_unix_ms
        """,
        "$key", "$document", "$etag", "$updated", "$expires_ms");

    /// <summary>Replace only the row still holding <c>$expected</c> as its eTag; an expired row matches nothing.</summary>
    public SqliteCommand Update => _update ??= Prepare(
        """
        UPDATE documents SET document = $document, etag = $etag, updated_utc = $updated, expires_unix_ms = $expires_ms
        WHERE key = $key AND etag = $expected AND (expires_unix_ms IS NULL OR expires_unix_ms > $now_ms)
        """,
        "$key", "$document", "$etag", "$updated", "$expected", "$expires_ms", "$now_ms");

    public SqliteCommand Delete => _delete ??= Prepare("DELETE FROM documents WHERE key = $key", "$key");

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            // Times are Unix milliseconds (INTEGER); everything else is text.
            command.Parameters.Add(name, name.EndsWith("_ms", StringComparison.Ordinal) ? SqliteType.Integer : SqliteType.Text);
        }
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _read?.Dispose();
        _upsert?.Dispose();
        _update?.Dispose();
        _delete?.Dispose();
        _connection.Dispose();
    }
}
