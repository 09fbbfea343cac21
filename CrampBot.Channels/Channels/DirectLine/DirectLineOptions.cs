namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Settings of the built-in Direct Line 3.0 service, bound from the <c>DirectLine</c> configuration section
/// (environment: <c>DirectLine__Secret</c>, <c>DirectLine__TokenLifetime</c>, ...).
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: a server-side bearer for every conversation, and the root of the token signing key.
    /// When absent a random one is generated per run (tokens then do not survive a restart) and a warning is logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token is valid; Web Chat refreshes it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a conversation and its activity log are kept after its last activity; zero keeps them until deleted.
    /// Every write of the log gives it this time to live (see <c>StoreItem.TimeToLiveProperty</c>).
    /// </summary>
    public TimeSpan LogRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The bot's account id in Direct Line activities (<c>from.id</c> of replies).</summary>
    public string BotId { get; set; } = "crampbot";

    /// <summary>The bot's display name in Direct Line activities.</summary>
    public string BotName { get; set; } = "CrampBot";

    /// <summary>Largest accepted activity body, in bytes.</summary>
    public long MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Requests allowed per client address and conversation in each <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 240;

    /// <summary>The window of <see cref="RateLimitPermits"/>.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
