namespace CrampBot.Channels.Connector;

/// <summary>Reads how long a connector asked the bot to wait (<c>Retry-After</c>: delta seconds or an HTTP date).</summary>
internal static class RetryAfterDelay
{
    /// <summary>The wait asked for, clamped to [0, <paramref name="maxDelay"/>]; null when the response asks none.</summary>
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now, TimeSpan maxDelay)
    {
        var asked = response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (asked is not { } wait)
        {
            return null;
        }
        // A date in the past means "now"; a wait beyond the bound is cut so one header cannot stall a turn.
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > maxDelay ? maxDelay : wait;
    }
}
