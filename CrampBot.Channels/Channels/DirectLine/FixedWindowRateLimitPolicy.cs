using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// A rate limit policy of a fixed window per key (<see cref="RateLimits.FixedWindow"/>) whose refusals get the shared
/// 429 answer (<see cref="RateLimits.RejectAsync"/>). A policy says only what it limits: the key, the permits and the
/// window, read from its options on each request.
/// </summary>
public abstract class FixedWindowRateLimitPolicy : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => RateLimits.RejectAsync(context, Window, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimits.FixedWindow(Key(httpContext), Permits, Window);

    /// <summary>Requests allowed per key in one window.</summary>
    protected abstract int Permits { get; }

    /// <summary>The window's length; also the wait a refusal names when the limiter gives none.</summary>
    protected abstract TimeSpan Window { get; }

    /// <summary>What one window counts: the requests of one client address, conversation…</summary>
    protected abstract string Key(HttpContext httpContext);
}
