using CrampBot.Protocol;

namespace CrampBot.Hosting;

/// <summary>Checks an activity against <see cref="RequestLimitsOptions"/> and writes the 4xx each limit is answered with.</summary>
public static class RequestLimitProblems
{
    /// <summary>The first limit <paramref name="activity"/> exceeds, or null.</summary>
    public static RequestLimit? Check(Activity activity, RequestLimitsOptions limits) =>
        (activity.Text?.Length ?? 0) > limits.MaxTextLength ? RequestLimit.TextLength
        : (activity.Attachments?.Count ?? 0) > limits.MaxAttachments ? RequestLimit.Attachments
        : (activity.Entities?.Count ?? 0) > limits.MaxEntities ? RequestLimit.Entities
        : null;

    /// <summary>The problem answer for <paramref name="limit"/> (RFC 7807; the <c>limit</c> extension names it).</summary>
    public static IResult Problem(RequestLimit limit, RequestLimitsOptions limits) => limit switch
    {
        RequestLimit.TextLength => Create(StatusCodes.Status413PayloadTooLarge, limit, "Message too long", $"A message may be at most {limits.MaxTextLength} characters."),
        RequestLimit.Attachments => Create(StatusCodes.Status400BadRequest, limit, "Too many attachments", $"An activity may carry at most {limits.MaxAttachments} attachments."),
        RequestLimit.Entities => Create(StatusCodes.Status400BadRequest, limit, "Too many entities", $"An activity may carry at most {limits.MaxEntities} entities."),
        RequestLimit.ConversationFull => Create(StatusCodes.Status409Conflict, limit, "Conversation full", $"A conversation keeps at most {limits.MaxActivitiesPerConversation} activities: start a new one."),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Answered elsewhere (413 by the body reader, 429 by the rate limiter)."),
    };

    /// <summary>The name of <paramref name="limit"/> in problem bodies and metrics (e.g. <c>text_length</c>).</summary>
    public static string Name(RequestLimit limit) => limit switch
    {
        RequestLimit.BodySize => "body_size",
        RequestLimit.TextLength => "text_length",
        RequestLimit.Attachments => "attachments",
        RequestLimit.Entities => "entities",
        RequestLimit.ConversationFull => "conversation_full",
        RequestLimit.RequestRate => "request_rate",
        _ => "conversations_per_client",
    };

    private static IResult Create(int status, RequestLimit limit, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["limit"] = Name(limit) });
}
