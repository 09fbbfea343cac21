namespace CrampBot.Hosting;

/// <summary>Settings of the <c>/api/messages</c> endpoint and the turn pipeline (configuration section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted activity body; larger requests get 413. Teams messages stay far below this.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>How long a turn may run before the bot shows a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The <c>Retry-After</c> of a 503 answered while the store is unreachable or the conversation busy (whole seconds, at least 1).</summary>
    public TimeSpan UnavailableRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
