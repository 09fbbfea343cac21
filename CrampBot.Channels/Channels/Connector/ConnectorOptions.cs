namespace CrampBot.Channels.Connector;

/// <summary>
/// Retry and timeout limits for calls to the Bot Connector, bound from the <c>Connector</c> configuration section.
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt (0 = no retry).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one backoff delay, also of a delay asked for by <c>Retry-After</c>.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for the whole send, retries and delays included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Polly refuses timeouts under 10 ms, so the same floor is checked here where the message can say which setting is wrong.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>Null when the options are usable, otherwise what is wrong with them.</summary>
    public string? Problem() =>
        MaxRetries is < 0 or > 10 ? "Connector:MaxRetries must be between 0 and 10."
        : BaseDelay < TimeSpan.Zero ? "Connector:BaseDelay must not be negative."
        : MaxDelay < BaseDelay ? "Connector:MaxDelay must be at least Connector:BaseDelay."
        : AttemptTimeout < MinimumTimeout ? "Connector:AttemptTimeout must be at least 10 ms."
        : TotalTimeout < AttemptTimeout ? "Connector:TotalTimeout must be at least Connector:AttemptTimeout."
        : null;
}
