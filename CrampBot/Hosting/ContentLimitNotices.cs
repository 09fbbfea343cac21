using CrampBot.Content;
using CrampBot.Understanding;

namespace CrampBot.Hosting;

/// <summary>
/// What a patient reads in the chat when a limit refused their message: the content's own sentences. A refused message
/// is still read for red flags (a patient who writes a long message or types fast may be describing an emergency), and
/// the advice for one comes before the refusal: a limit may delay an answer, never the advice an emergency needs.
/// </summary>
public sealed class ContentLimitNotices(ContentCatalog content, CrampRecognizer recognizer) : ILimitNotices
{
    private const int MaxRefusedTextRead = 16_000;

    public string? For(RequestLimit limit, string? refusedText)
    {
        var notice = limit switch
        {
            RequestLimit.BodySize or RequestLimit.TextLength or RequestLimit.Attachments or RequestLimit.Entities => content.Messages.MessageTooLong,
            RequestLimit.RequestRate => content.Messages.TooManyMessages,
            RequestLimit.ConversationFull => content.Messages.ConversationFull,
            // Refused before a conversation exists: there is no chat to say it in (the widget shows its own error).
            _ => null,
        };
        if (notice is null || string.IsNullOrWhiteSpace(refusedText))
        {
            return notice;
        }

        // Read up to eight times the default text limit: more than anyone types into a chat, and a bounded cost (about
        // 10 ms at worst) for what a client can send over and over; a 256 KB body costs over 100 ms to read.
        var read = refusedText.Length > MaxRefusedTextRead ? refusedText[..MaxRefusedTextRead] : refusedText;
        var advice = recognizer.Recognize(read).RedFlag switch
        {
            RedFlag.Emergency => content.GetOutcome(TriageLevel.Emergency),
            RedFlag.DvtSign => content.GetOutcome(TriageLevel.UrgentSameDay),
            _ => null,
        };
        return advice is null ? notice : $"{advice.Title}\n\n{advice.Text}\n\n{notice}";
    }
}
