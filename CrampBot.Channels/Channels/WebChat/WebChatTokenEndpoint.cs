using System.Text.Json.Nodes;
using CrampBot.Channels.DirectLine;
using CrampBot.Hosting;
using Microsoft.Extensions.Options;
using CrampBot.Builder;

namespace CrampBot.Channels.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the widget's way to a Direct Line token without ever seeing the secret.
/// An empty body mints a token for a new conversation (and a new <c>dl_</c> user); a body
/// <c>{"conversationId","token"}</c> holding the widget's previous token (expired at most
/// <see cref="WebChatOptions.ResumeWindow"/> ago) mints a fresh token for that same conversation and user, so a
/// reload resumes. Answers <c>{token, conversationId, expires_in}</c>; rate-limited per client address, and new
/// conversations per widget client (<c>{"clientId"}</c>, see <see cref="WidgetClientLimiter"/>).
/// </summary>
public static partial class WebChatTokenEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/webchat/token";

    /// <summary>The rate limiter policy the endpoint asks for (token minting per client address).</summary>
    public const string RateLimitPolicyName = "CrampBot.WebChatToken";

    private const long MaxBodyBytes = 8 * 1024;

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, IssueAsync)
            .RequireCors(DirectLineCors.PolicyName)
            .RequireRateLimiting(RateLimitPolicyName);

    private static async Task<IResult> IssueAsync(
        HttpContext http, DirectLineTokenService tokens, DirectLineConversationStore store, IOptions<WebChatOptions> options,
        WidgetClientLimiter clients, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebChatTokenEndpoint).FullName!);
        var (body, error) = await DirectLineRequestBody.ReadObjectAsync(http.Request, MaxBodyBytes);
        if (error is not null)
        {
            return error;
        }
        var resumeConversation = Text(body, "conversationId");
        var previousToken = Text(body, "token");
        if (resumeConversation is null && previousToken is null)
        {
            if (clients.TryAcquire(http, Text(body, "clientId")) is { } wait)
            {
                return RateLimits.TooManyRequests(http, wait, "webchat_token", RequestLimit.ConversationsPerClient);
            }
            var conversationId = DirectLineIds.NewConversationId();
            var issued = tokens.Issue(conversationId, DirectLineIds.NewUserId());
            LogIssued(logger, LogIds.Hash(conversationId)!);
            return Results.Ok(new DirectLineConversationResponse(conversationId, issued.Token, issued.ExpiresIn, StreamUrl: null));
        }
        if (resumeConversation is null || previousToken is null)
        {
            return DirectLineProblems.BadRequest("To resume, send both conversationId and the previous token; to start, send neither.");
        }

        var claims = await tokens.ValidateAsync(previousToken, options.Value.ResumeWindow);
        if (claims is null || claims.ConversationId != resumeConversation)
        {
            return DirectLineProblems.Forbidden("The previous token is invalid, too old, or of another conversation: start a new conversation.");
        }
        var conversation = await store.FindAsync(claims.ConversationId, http.RequestAborted);
        if (conversation is null || conversation.Ended)
        {
            return DirectLineProblems.ConversationNotFound();
        }
        var renewed = tokens.Issue(conversation.Id, claims.UserId);
        LogResumed(logger, LogIds.Hash(conversation.Id)!);
        return Results.Ok(new DirectLineConversationResponse(conversation.Id, renewed.Token, renewed.ExpiresIn, StreamUrl: null));
    }

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Widget token issued for new conversation {ConversationId}")]
    private static partial void LogIssued(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Widget token renewed to resume conversation {ConversationId}")]
    private static partial void LogResumed(ILogger logger, string conversationId);
}
