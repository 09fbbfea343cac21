using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Limits Direct Line calls per client address and conversation (a polling client makes one call a second; a
/// burst beyond <see cref="DirectLineOptions.RateLimitPermits"/> per window gets 429 with Retry-After, which
/// directlinejs honours). Per conversation rather than per address alone, so patients behind one clinic NAT do
/// not starve each other.
/// </summary>
public sealed class DirectLineRateLimitPolicy(IOptions<DirectLineOptions> options) : FixedWindowRateLimitPolicy
{
    /// <summary>The policy name endpoints refer to.</summary>
    public const string Name = "CrampBot.DirectLine";

    protected override int Permits => options.Value.RateLimitPermits;

    protected override TimeSpan Window => options.Value.RateLimitWindow;

    protected override string Key(HttpContext httpContext) =>
        $"{httpContext.Connection.RemoteIpAddress}|{httpContext.Request.RouteValues["conversationId"]}";
}
