using System.Text.Json.Nodes;

namespace CrampBot.Storage;

/// <summary>A batch waiting for the grouped commit of <see cref="SqliteStorage"/>, and the caller's way to its outcome.</summary>
internal sealed class PendingWrite(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
{
    // Continuations run on the pool, not inside the committer that still holds the write connection.
    private readonly TaskCompletionSource<List<KeyValuePair<string, string>>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IDictionary<string, JsonObject> Changes => changes;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The new eTag of every key once committed; faults with <see cref="StorageConflictException"/> on a stale eTag.</summary>
    public Task<List<KeyValuePair<string, string>>> Done => _done.Task;

    public void Complete(List<KeyValuePair<string, string>>? written, string? conflictKey)
    {
        if (written is not null)
        {
            _done.TrySetResult(written);
        }
        else
        {
            _done.TrySetException(new StorageConflictException(conflictKey ?? string.Empty));
        }
    }

    public void Fail(Exception exception) => _done.TrySetException(exception);

    public void Cancel() => _done.TrySetCanceled(cancellationToken);
}
