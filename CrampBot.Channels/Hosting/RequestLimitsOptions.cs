namespace CrampBot.Hosting;

/// <summary>
/// Limits on what one activity may carry and how fast one conversation, client or address may go (configuration
/// section <c>Limits</c>). Body sizes are <c>Bot:MaxActivityBytes</c> and <c>DirectLine:MaxActivityBytes</c>.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Longest message text the bot reads, in characters; longer ones get 413 and the chat sentence.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Attachments one activity may carry (Teams adds one HTML copy; Web Chat sends none for text).</summary>
    public int MaxAttachments { get; set; } = 10;

    /// <summary>Entities one activity may carry (mentions, client info, capabilities).</summary>
    public int MaxEntities { get; set; } = 32;

    /// <summary>Activities a Direct Line conversation keeps; when full, the patient's posts get 409.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 1000;

    /// <summary>Messages one conversation may send per <see cref="MessagesPerConversationWindow"/> (any channel).</summary>
    public int MessagesPerConversationPermits { get; set; } = 30;

    /// <summary>The window of <see cref="MessagesPerConversationPermits"/>.</summary>
    public TimeSpan MessagesPerConversationWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Requests one client address may make to the widget's endpoints (Direct Line and the token endpoint) per
    /// <see cref="RequestsPerAddressWindow"/>. High, because a hospital's patients share one address.
    /// </summary>
    public int RequestsPerAddressPermits { get; set; } = 3000;

    /// <summary>The window of <see cref="RequestsPerAddressPermits"/>.</summary>
    public TimeSpan RequestsPerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>New conversations one widget client (its address and its <c>clientId</c>) may start per window.</summary>
    public int ConversationsPerClientPermits { get; set; } = 10;

    /// <summary>The window of <see cref="ConversationsPerClientPermits"/>.</summary>
    public TimeSpan ConversationsPerClientWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Error messages of the options, empty when they are valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxTextLength <= 0 || MaxAttachments < 0 || MaxEntities < 0 || MaxActivitiesPerConversation <= 0)
        {
            yield return "Limits:MaxTextLength and Limits:MaxActivitiesPerConversation must be positive, Limits:MaxAttachments and Limits:MaxEntities not negative.";
        }
        if (MessagesPerConversationPermits <= 0 || RequestsPerAddressPermits <= 0 || ConversationsPerClientPermits <= 0
            || MessagesPerConversationWindow <= TimeSpan.Zero || RequestsPerAddressWindow <= TimeSpan.Zero || ConversationsPerClientWindow <= TimeSpan.Zero)
        {
            yield return "Limits: every *Permits and *Window must be positive.";
        }
    }
}
