namespace CrampBot.Hosting;

/// <summary>The limits a request or an activity can hit; each is answered with a 4xx and, in a chat, a plain sentence.</summary>
public enum RequestLimit
{
    /// <summary>The body is larger than allowed (413).</summary>
    BodySize,

    /// <summary>The message's text is longer than the bot reads (413).</summary>
    TextLength,

    /// <summary>More attachments than allowed on one activity (400).</summary>
    Attachments,

    /// <summary>More entities than allowed on one activity (400).</summary>
    Entities,

    /// <summary>The Direct Line conversation holds as many activities as it may keep (409).</summary>
    ConversationFull,

    /// <summary>Too many requests for a conversation or from an address in the window (429).</summary>
    RequestRate,

    /// <summary>A widget client started too many conversations in the window (429).</summary>
    ConversationsPerClient,
}
