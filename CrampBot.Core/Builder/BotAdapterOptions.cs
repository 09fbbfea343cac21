namespace CrampBot.Builder;

/// <summary>What the app's <see cref="BotAdapter"/> says in its own name; the core holds no words for users.</summary>
public sealed class BotAdapterOptions
{
    /// <summary>Sent when a message's turn fails (after the state is cleared); null sends nothing.</summary>
    public string? TurnErrorReply { get; set; }
}
