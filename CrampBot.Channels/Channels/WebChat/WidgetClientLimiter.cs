using CrampBot.Channels.DirectLine;
using CrampBot.Hosting;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.WebChat;

/// <summary>
/// New conversations per widget client per window (<see cref="RequestLimitsOptions.ConversationsPerClientPermits"/>).
/// A client is its address and the random <c>clientId</c> the widget keeps in the browser: one browser in a reload loop
/// is held back while the other patients behind the same hospital address are not. A request without a (valid)
/// clientId is held only by the per-address limits.
/// </summary>
public sealed class WidgetClientLimiter(IOptions<RequestLimitsOptions> options) : IDisposable
{
    private readonly KeyedRateLimiter _limiter = new(options.Value.ConversationsPerClientPermits, options.Value.ConversationsPerClientWindow);

    /// <summary>Null when the client may start a conversation; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(HttpContext http, string? clientId) =>
        clientId is not null && DirectLineIds.IsValidUserId(clientId)
            ? _limiter.TryAcquire($"{http.Connection.RemoteIpAddress}|{clientId}")
            : null;

    public void Dispose() => _limiter.Dispose();
}
