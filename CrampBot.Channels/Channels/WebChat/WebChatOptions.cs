namespace CrampBot.Channels.WebChat;

/// <summary>
/// Settings of the web chat widget, bound from the <c>WebChat</c> configuration section. The allowed origins
/// (<c>WebChat:AllowedOrigins</c>) are read by the Direct Line CORS policy.
/// </summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "WebChat";

    /// <summary>How long after its token expired a widget may still resume its conversation (a laptop that slept).</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Widget tokens one client address may fetch per <see cref="TokenRateLimitWindow"/>. High, because every patient
    /// behind a hospital's shared address counts against it; one browser is held back by
    /// <c>Limits:ConversationsPerClientPermits</c> instead.
    /// </summary>
    public int TokenRateLimitPermits { get; set; } = 300;

    /// <summary>The window of <see cref="TokenRateLimitPermits"/>.</summary>
    public TimeSpan TokenRateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>What the widget looks like and says.</summary>
    public WebChatBrandingOptions Branding { get; set; } = new();
}
