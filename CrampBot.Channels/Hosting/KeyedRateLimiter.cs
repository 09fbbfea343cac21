using System.Threading.RateLimiting;
using CrampBot.Channels.DirectLine;

namespace CrampBot.Hosting;

/// <summary>A fixed window of permits per key, checked by code that knows the key only after reading the request.</summary>
public sealed class KeyedRateLimiter(int permits, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter =
        PartitionedRateLimiter.Create<string, string>(key => RateLimits.FixedWindow(key, permits, window));

    /// <summary>Null when <paramref name="key"/> may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
    }

    public void Dispose() => _limiter.Dispose();
}
