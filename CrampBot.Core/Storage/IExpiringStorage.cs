namespace CrampBot.Storage;

/// <summary>
/// A store that keeps expired documents (see <see cref="StoreItem.TimeToLiveProperty"/>) until it is asked to remove
/// them: reads already skip them, and <see cref="DeleteExpiredAsync"/> deletes them for good. Stores whose server
/// expires keys by itself (Redis) do not implement it.
/// </summary>
public interface IExpiringStorage
{
    /// <summary>Deletes every document whose time to live has run out; returns how many were deleted.</summary>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default);
}
