using CrampBot.Storage;

namespace CrampBot.Tests.Storage;

/// <summary>Passes calls through to another storage and counts them.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public int Deletes { get; private set; }

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteAsync(keys, cancellationToken);
    }
}
