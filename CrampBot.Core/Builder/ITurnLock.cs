namespace CrampBot.Builder;

/// <summary>
/// Lets turns of one conversation run one at a time. <see cref="BotAdapter"/> holds the lock for the whole turn (read
/// state, run the bot, save state), so the next turn of the conversation, on this instance or on another one sharing
/// the lock, starts from the state the previous turn saved. The default, <see cref="InProcessTurnLock"/>, covers one
/// process (SQLite, memory); the Redis and Blob storage providers bring leases in their store that every instance shares.
/// </summary>
/// <remarks>
/// A lock in a shared store is a lease: it expires if its holder dies, and a holder that stalls past its renewals can
/// lose it while its turn still runs. State writes therefore keep their eTag check: the lease makes conflicting writes
/// rare, the eTag makes them harmless (see <see cref="BotAdapter"/> for what a conflict does to a turn).
/// </remarks>
public interface ITurnLock
{
    /// <summary>
    /// Waits until no other turn of <paramref name="conversationKey"/> runs, then holds the lock until the returned
    /// handle is disposed. Throws <see cref="TurnLockTimeoutException"/> when the wait is longer than
    /// <see cref="TurnLockOptions.MaxWait"/>, and <see cref="Storage.StorageUnavailableException"/> when the store
    /// holding the lock cannot be reached.
    /// </summary>
    Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}
