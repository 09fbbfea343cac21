namespace CrampBot.Builder;

/// <summary>How long a turn may wait for the conversation's lock, and how long a lease in a shared store lasts.</summary>
public sealed class TurnLockOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage:TurnLock";

    /// <summary>
    /// Longest wait for the turn before another one of the same conversation ends; then the request is refused as
    /// unavailable (HTTP 503 with Retry-After) and the channel delivers it again later.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Lifetime of a lease in a shared store (Redis, Blob), renewed every third of it while the turn runs. A killed
    /// instance's leases free their conversations after at most this long. Blob leases last 15 to 60 seconds, so the
    /// Blob provider rounds into that range.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);
}
