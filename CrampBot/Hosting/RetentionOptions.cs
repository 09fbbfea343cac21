namespace CrampBot.Storage;

/// <summary>
/// Settings of <c>"Storage:Retention"</c>: how long stored state outlives its last write, on every provider (Redis
/// expires keys itself; SQLite, Blob and Memory skip expired documents at once and the sweeper deletes them every
/// <see cref="SweepInterval"/>). Zero keeps that kind of state until it is deleted. The Direct Line log has its own
/// period, <c>DirectLine:LogRetention</c>.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// A conversation's state (its dialog stack) and its record of processed activity ids, after the conversation's
    /// last turn. At least <see cref="StorageOptions.ConversationIdleExpiry"/> (state idle longer starts fresh anyway).
    /// </summary>
    public TimeSpan Conversations { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A user's state, after its last change.</summary>
    public TimeSpan Users { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often expired documents are deleted from stores that do not expire them by themselves.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);
}
