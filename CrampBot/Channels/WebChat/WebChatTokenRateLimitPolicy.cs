using System.Threading.RateLimiting;
using CrampBot.Channels.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.WebChat;

/// <summary>Limits widget token minting per client address (each token can start a conversation with the bot).</summary>
public sealed class WebChatTokenRateLimitPolicy(IOptions<WebChatOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy name the endpoint refers to.</summary>
    public const string Name = "CrampBot.WebChatToken";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => RateLimitRejection.WriteAsync(context, options.Value.TokenRateLimitWindow, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.TokenRateLimitPermits,
            Window = settings.TokenRateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
