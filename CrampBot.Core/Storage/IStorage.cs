using System.Text.Json.Nodes;

namespace CrampBot.Storage;

/// <summary>
/// Key/value storage of JSON documents with optimistic concurrency. Each document carries its version in the
/// <c>eTag</c> property (<see cref="StoreItem.ETagProperty"/>): a write whose eTag is set and is neither <c>*</c>
/// nor the stored one fails with <see cref="StorageConflictException"/>; a write without eTag (or <c>*</c>) overwrites.
/// After a successful write the document's eTag is updated to the new version.
/// A document carrying a time to live (<see cref="StoreItem.TimeToLiveProperty"/>, set with
/// <see cref="StoreItem.SetTimeToLive"/>) expires that long after its last write: from then on it reads as missing (a
/// write with its eTag is a conflict) and the store removes it, by itself (Redis) or when
/// <see cref="IExpiringStorage.DeleteExpiredAsync"/> runs (the app's sweeper calls it periodically).
/// </summary>
public interface IStorage
{
    /// <summary>Reads the documents that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes documents, checking each one's eTag. Throws <see cref="StorageConflictException"/> on a stale eTag.</summary>
    Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the documents at <paramref name="keys"/>; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
