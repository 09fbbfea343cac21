using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Limits Direct Line calls per client address and conversation (a polling client makes one call a second; a
/// burst beyond <see cref="DirectLineOptions.RateLimitPermits"/> per window gets 429 with Retry-After, which
/// directlinejs honours). Per conversation rather than per address alone, so patients behind one clinic NAT do
/// not starve each other.
/// </summary>
public sealed class DirectLineRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy name endpoints refer to.</summary>
    public const string Name = "CrampBot.DirectLine";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => RateLimits.RejectAsync(context, options.Value.RateLimitWindow, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimits.FixedWindow(
            $"{httpContext.Connection.RemoteIpAddress}|{httpContext.Request.RouteValues["conversationId"]}",
            options.Value.RateLimitPermits,
            options.Value.RateLimitWindow);
}
