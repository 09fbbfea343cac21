namespace CrampBot.Storage;

/// <summary>A write carried an eTag that no longer matches the stored document: someone else wrote first.</summary>
public sealed class StorageConflictException(string key)
    : Exception($"The stored document '{key}' changed since it was read (eTag mismatch).")
{
    /// <summary>The key whose write was refused.</summary>
    public string Key { get; } = key;
}
