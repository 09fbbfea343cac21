using System.Text.Json.Nodes;

namespace CrampBot.Storage;

/// <summary>In-process storage for tests and throwaway runs. Documents are deep-copied in and out so callers never share them.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, JsonObject> result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document))
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
            foreach (var (key, document) in changes)
            {
                var stored = _documents.TryGetValue(key, out var existing) ? StoreItem.GetETag(existing) : null;
                if (!StoreItem.WriteAllowed(StoreItem.GetETag(document), stored))
                {
                    throw new StorageConflictException(key);
                }
            }
            foreach (var (key, document) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var copy = (JsonObject)document.DeepClone();
                StoreItem.SetETag(copy, etag);
                _documents[key] = copy;
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
}
