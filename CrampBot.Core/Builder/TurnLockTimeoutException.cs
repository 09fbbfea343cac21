namespace CrampBot.Builder;

/// <summary>
/// A turn waited longer than <see cref="TurnLockOptions.MaxWait"/> for the previous turn of its conversation: the
/// activity was not processed and should be delivered again later (the messaging endpoint answers 503 with Retry-After).
/// </summary>
public sealed class TurnLockTimeoutException(string conversationKey, TimeSpan waited)
    : Exception($"The turn waited {waited.TotalSeconds:F1} s for the conversation's lock and gave up.")
{
    /// <summary>The conversation whose lock was busy.</summary>
    public string ConversationKey { get; } = conversationKey;
}
