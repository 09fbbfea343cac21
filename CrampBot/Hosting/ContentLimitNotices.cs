using CrampBot.Content;

namespace CrampBot.Hosting;

/// <summary>What a patient reads in the chat when a limit refused their message: the content's own sentences.</summary>
public sealed class ContentLimitNotices(ContentCatalog content) : ILimitNotices
{
    public string? For(RequestLimit limit) => limit switch
    {
        RequestLimit.BodySize or RequestLimit.TextLength or RequestLimit.Attachments or RequestLimit.Entities => content.Messages.MessageTooLong,
        RequestLimit.RequestRate => content.Messages.TooManyMessages,
        RequestLimit.ConversationFull => content.Messages.ConversationFull,
        // Refused before a conversation exists: there is no chat to say it in (the widget shows its own error).
        _ => null,
    };
}
