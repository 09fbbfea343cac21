using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// A rate limit policy of a fixed window per key (<see cref="RateLimits.FixedWindow"/>) whose refusals get the shared
/// 429 answer (<see cref="RateLimits.RejectAsync"/>). Whoever registers it says what it limits: the key of a request,
/// and which settings of <typeparamref name="TOptions"/> are the permits and the window (read on each request).
/// </summary>
public sealed class FixedWindowRateLimitPolicy<TOptions>(
    Func<HttpContext, string> key, Func<TOptions, int> permits, Func<TOptions, TimeSpan> window) : IRateLimiterPolicy<string>
    where TOptions : class
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => RateLimits.RejectAsync(context, window(OptionsOf(context.HttpContext)), cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var options = OptionsOf(httpContext);
        return RateLimits.FixedWindow(key(httpContext), permits(options), window(options));
    }

    private static TOptions OptionsOf(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<IOptions<TOptions>>().Value;
}
