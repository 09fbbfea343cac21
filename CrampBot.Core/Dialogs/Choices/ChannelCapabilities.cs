using CrampBot.Protocol;

namespace CrampBot.Dialogs.Choices;

/// <summary>
/// How many buttons a channel can show, as suggested actions and as card buttons. Channels not in <see cref="Known"/>
/// get <see cref="None"/> (text only), which is always safe.
/// </summary>
/// <param name="MaxSuggestedActions">Most suggested actions shown; 0 when unsupported.</param>
/// <param name="MaxCardActions">Most buttons on a hero card; 0 when cards are unsupported.</param>
/// <param name="SuggestedActionsInPersonalChatsOnly">Teams shows suggested actions only in 1:1 chats.</param>
public sealed record ChannelCapabilities(int MaxSuggestedActions, int MaxCardActions, bool SuggestedActionsInPersonalChatsOnly = false)
{
    /// <summary>Text only.</summary>
    public static ChannelCapabilities None { get; } = new(0, 0);

    /// <summary>
    /// Known channels by channelId. Teams: at most 3 suggested actions, in personal chats only; hero cards with up to
    /// 6 buttons everywhere. Web Chat, Direct Line, the Emulator and the test channel render both freely.
    /// </summary>
    public static IReadOnlyDictionary<string, ChannelCapabilities> Known { get; } = new Dictionary<string, ChannelCapabilities>(StringComparer.OrdinalIgnoreCase)
    {
        ["webchat"] = new(100, 100),
        ["directline"] = new(100, 100),
        ["emulator"] = new(100, 100),
        ["test"] = new(100, 100),
        ["msteams"] = new(3, 6, SuggestedActionsInPersonalChatsOnly: true),
    };

    /// <summary>What can be shown in reply to <paramref name="activity"/>: its channel, narrowed by its conversation type.</summary>
    public static ChannelCapabilities For(Activity activity)
    {
        var capabilities = activity.ChannelId is { } channelId && Known.TryGetValue(channelId, out var known) ? known : None;
        return capabilities.SuggestedActionsInPersonalChatsOnly && activity.Conversation?.IsGroupConversation() == true
            ? capabilities with { MaxSuggestedActions = 0 }
            : capabilities;
    }

    /// <summary>True when <paramref name="count"/> suggested actions can be shown.</summary>
    public bool SupportsSuggestedActions(int count) => count <= MaxSuggestedActions;

    /// <summary>True when a card with <paramref name="count"/> buttons can be shown.</summary>
    public bool SupportsCardActions(int count) => count <= MaxCardActions;
}
