using System.Threading.RateLimiting;
using CrampBot.Channels.DirectLine;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.WebChat;

/// <summary>Limits widget token minting per client address (each token can start a conversation with the bot).</summary>
public sealed class WebChatTokenRateLimitPolicy(IOptions<WebChatOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy name the endpoint refers to.</summary>
    public const string Name = "CrampBot.WebChatToken";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => RateLimits.RejectAsync(context, options.Value.TokenRateLimitWindow, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimits.FixedWindow(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            options.Value.TokenRateLimitPermits,
            options.Value.TokenRateLimitWindow);
}
