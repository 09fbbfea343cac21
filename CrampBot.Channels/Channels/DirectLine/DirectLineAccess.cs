namespace CrampBot.Channels.DirectLine;

/// <summary>The outcome of checking a call: the caller (and the conversation it targets), or the error to answer.</summary>
public sealed record DirectLineAccess(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Error)
{
    /// <summary>A refused call.</summary>
    public static DirectLineAccess Refused(IResult error) => new(null, null, error);
}
