using CrampBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.WebChat;

/// <summary>Limits widget token minting per client address (each token can start a conversation with the bot).</summary>
public sealed class WebChatTokenRateLimitPolicy(IOptions<WebChatOptions> options) : FixedWindowRateLimitPolicy
{
    /// <summary>The policy name the endpoint refers to.</summary>
    public const string Name = "CrampBot.WebChatToken";

    protected override int Permits => options.Value.TokenRateLimitPermits;

    protected override TimeSpan Window => options.Value.TokenRateLimitWindow;

    protected override string Key(HttpContext httpContext) => httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
