using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>What kind of conversation an activity belongs to, as Teams (and the Teams playground) describe it.</summary>
public static class TeamsConversations
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>A group chat or a team channel (<see cref="ConversationAccount.IsGroupConversation"/>).</summary>
    public static bool IsGroup(Activity activity) => activity.Conversation?.IsGroupConversation() == true;

    /// <summary>A 1:1 chat with the bot in Teams (conversation type <c>personal</c>).</summary>
    public static bool IsPersonal(Activity activity) =>
        !IsGroup(activity) && string.Equals(activity.Conversation?.ConversationType, Personal, StringComparison.OrdinalIgnoreCase);
}
