using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CrampBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on Redis: each document is a hash <c>{prefix}{key}</c> with the fields <c>document</c> (the
/// JSON without its eTag) and <c>etag</c>. A batch is written by one Lua script that checks every eTag before it writes
/// anything, so a batch is all-or-nothing and two writers holding the same stale eTag cannot both succeed (Redis runs
/// one script at a time). A multi-key read is one script too, so it sees one consistent moment. A document with a time
/// to live (<see cref="StoreItem.TimeToLiveProperty"/>) gets it as the key's Redis TTL in the same script (and a
/// document without one loses any TTL), so Redis itself forgets expired documents. The keys of one batch
/// must live on one node: a Redis Cluster needs the keys to share a hash slot, so run a single primary (with replicas).
/// A Redis that cannot be reached (connection lost, timeout) raises <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed partial class RedisStorage : IStorage
{
    /// <summary>The prefix used when none is given.</summary>
    public const string DefaultKeyPrefix = "crampbot:";

    // KEYS: the documents' keys. ARGV, four per key: the expected eTag ("" = any), the JSON, the new eTag, the time to
    // live in milliseconds ("0" = none). Returns 0 when all were written, or the 1-based index of the first key whose
    // eTag did not match.
    private const string WriteScript = """
        for i = 1, #KEYS do
          local expected = ARGV[(i - 1) * 4 + 1]
          if expected ~= '' and redis.call('HGET', KEYS[i], 'etag') ~= expected then
            return i
          end
        end
        for i = 1, #KEYS do
          redis.call('HSET', KEYS[i], 'document', ARGV[(i - 1) * 4 + 2], 'etag', ARGV[(i - 1) * 4 + 3])
          local ttl = tonumber(ARGV[(i - 1) * 4 + 4])
          if ttl > 0 then
            redis.call('PEXPIRE', KEYS[i], ttl)
          else
            redis.call('PERSIST', KEYS[i])
          end
        end
        return 0
        """;

    // Returns, per key, its document and eTag (nil when missing).
    private const string ReadScript = """
        local result = {}
        for i = 1, #KEYS do
          result[i] = redis.call('HMGET', KEYS[i], 'document', 'etag')
        end
        return result
        """;

    private readonly IConnectionMultiplexer _connection;
    private readonly string _keyPrefix;
    private readonly ILogger<RedisStorage> _logger;

    /// <summary>Creates storage on an open connection.</summary>
    /// <param name="connection">The app's one multiplexer (it is shared, and not disposed here).</param>
    /// <param name="keyPrefix">Put before every key, so several apps can share one Redis database.</param>
    /// <param name="logger">Receives keys of unreadable documents (never their contents).</param>
    public RedisStorage(IConnectionMultiplexer connection, string keyPrefix, ILogger<RedisStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _connection = connection;
        _keyPrefix = keyPrefix;
        _logger = logger;
    }

    /// <summary>The prefix put before every key.</summary>
    public string KeyPrefix => _keyPrefix;

    private IDatabase Database => _connection.GetDatabase();

    /// <inheritdoc />
    public async Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return result;
        }
        var rows = (RedisResult[])(await RedisFaults.GuardAsync(Database.ScriptEvaluateAsync(ReadScript, [.. distinct.Select(ToRedisKey)])).WaitAsync(cancellationToken))!;
        for (var i = 0; i < distinct.Length; i++)
        {
            var fields = (RedisValue[])rows[i]!;
            if (fields[0].IsNull || fields[1].IsNull)
            {
                continue;
            }
            var document = ParseDocument(distinct[i], fields[0]);
            if (document is not null)
            {
                StoreItem.SetETag(document, fields[1]!);
                result[distinct[i]] = document;
            }
        }
        return result;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        if (changes.Count == 0)
        {
            return;
        }
        var entries = changes.ToArray();
        var keys = new RedisKey[entries.Length];
        var values = new RedisValue[entries.Length * 4];
        var newETags = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var (key, document) = entries[i];
            var incoming = StoreItem.GetETag(document);
            newETags[i] = Guid.NewGuid().ToString("N");
            keys[i] = ToRedisKey(key);
            values[(i * 4) + 0] = string.IsNullOrEmpty(incoming) || incoming == StoreItem.Any ? string.Empty : incoming;
            values[(i * 4) + 1] = StoreItem.ToJsonWithoutETag(document);
            values[(i * 4) + 2] = newETags[i];
            values[(i * 4) + 3] = (long)(StoreItem.GetTimeToLive(document)?.TotalMilliseconds ?? 0);
        }
        // Not abandoned on cancellation: once sent, the script runs, and the caller's eTags must match what was stored.
        var conflict = (long)(await RedisFaults.GuardAsync(Database.ScriptEvaluateAsync(WriteScript, keys, values)));
        if (conflict != 0)
        {
            throw new StorageConflictException(entries[conflict - 1].Key);
        }
        // Only after the write: a refused batch leaves the caller's documents as they were.
        for (var i = 0; i < entries.Length; i++)
        {
            StoreItem.SetETag(entries[i].Value, newETags[i]);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Count == 0)
        {
            return;
        }
        await RedisFaults.GuardAsync(Database.KeyDeleteAsync([.. keys.Select(ToRedisKey)]));
    }

    private RedisKey ToRedisKey(string key) => new RedisKey(_keyPrefix + key);


    /// <summary>A value that is not a JSON object is treated as missing (and logged) so one bad entry cannot block a turn.</summary>
    private JsonObject? ParseDocument(string key, string? text)
    {
        var document = StoreItem.ParseDocument(text);
        if (document is null)
        {
            LogUnreadableDocument(key);
        }
        return document;
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Stored document {Key} is not a JSON object; treated as missing")]
    private partial void LogUnreadableDocument(string key);
}
