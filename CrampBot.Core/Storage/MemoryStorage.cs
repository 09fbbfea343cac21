using System.Globalization;
using System.Text.Json.Nodes;

namespace CrampBot.Storage;

/// <summary>
/// In-process storage for tests and throwaway runs. Documents are deep-copied in and out so callers never share them.
/// Expiry (<see cref="StoreItem.TimeToLiveProperty"/>) is judged on the given clock.
/// </summary>
public sealed class MemoryStorage(TimeProvider clock) : IStorage, IExpiringStorage
{
    private readonly Dictionary<string, (JsonObject Document, DateTimeOffset? ExpiresAt)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    /// <summary>Storage whose expiry follows the system clock.</summary>
    public MemoryStorage()
        : this(TimeProvider.System)
    {
    }

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, JsonObject> result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var key in keys)
            {
                if (TryGetLive(key, now, out var document))
                {
                    result[key] = (JsonObject)document.DeepClone();
                }
            }
        }
        return Task.FromResult(result);
    }

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var (key, document) in changes)
            {
                var stored = TryGetLive(key, now, out var existing) ? StoreItem.GetETag(existing) : null;
                if (!StoreItem.WriteAllowed(StoreItem.GetETag(document), stored))
                {
                    throw new StorageConflictException(key);
                }
            }
            foreach (var (key, document) in changes)
            {
                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                var copy = (JsonObject)document.DeepClone();
                StoreItem.SetETag(copy, etag);
                _documents[key] = (copy, StoreItem.ExpiresAt(copy, now));
                StoreItem.SetETag(document, etag);
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var expired = _documents.Where(entry => IsExpired(entry.Value.ExpiresAt, now)).Select(entry => entry.Key).ToList();
            expired.ForEach(key => _documents.Remove(key));
            return Task.FromResult(expired.Count);
        }
    }

    private bool TryGetLive(string key, DateTimeOffset now, out JsonObject document)
    {
        if (_documents.TryGetValue(key, out var entry) && !IsExpired(entry.ExpiresAt, now))
        {
            document = entry.Document;
            return true;
        }
        document = null!;
        return false;
    }

    private static bool IsExpired(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } end && end <= now;
}
