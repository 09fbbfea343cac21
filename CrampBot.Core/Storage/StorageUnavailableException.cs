namespace CrampBot.Storage;

/// <summary>
/// The store could not be reached (connection refused, timed out, the service answered 5xx). Nothing was written by the
/// failed call, and the turn that needed it did not run to its end: the messaging endpoint answers 503 with Retry-After
/// so the channel delivers the activity again, and service resumes by itself once the store is back.
/// </summary>
public sealed class StorageUnavailableException(string store, Exception innerException)
    : Exception($"The {store} store is unavailable ({innerException.GetType().Name}).", innerException)
{
    /// <summary>Which store failed (e.g. "Redis", "Blob"), for logs and readiness reports.</summary>
    public string Store { get; } = store;
}
