using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>
/// Messages per conversation per window (<see cref="RequestLimitsOptions.MessagesPerConversationPermits"/>), for every
/// channel: the conversation id is in the body (<c>/api/messages</c>) or the route (Direct Line), so it is checked by
/// the endpoints rather than by the rate limiting middleware. A second, one-permit window lets the patient be told
/// once per window rather than at every refused message.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<RequestLimitsOptions> options) : IDisposable
{
    private readonly KeyedRateLimiter _messages = new(options.Value.MessagesPerConversationPermits, options.Value.MessagesPerConversationWindow);
    private readonly KeyedRateLimiter _notices = new(1, options.Value.MessagesPerConversationWindow);

    /// <summary>Null when the message may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string conversationKey) => _messages.TryAcquire(conversationKey);

    /// <summary>True the first time in a window a refused conversation asks: tell the patient then, not again.</summary>
    public bool ShouldNotify(string conversationKey) => _notices.TryAcquire(conversationKey) is null;

    public void Dispose()
    {
        _messages.Dispose();
        _notices.Dispose();
    }
}
