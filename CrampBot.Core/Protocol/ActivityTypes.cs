namespace CrampBot.Protocol;

/// <summary>The activity types CrampBot understands; any other type is accepted and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Trace = "trace";
}
