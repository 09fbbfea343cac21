using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Hosting;
using CrampBot.Protocol;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The REST side of Direct Line 3.0 under <c>/v3/directline</c>, as Web Chat and directlinejs call it
/// (see shared/notes/directline-webchat.md). The WebSocket stream is in <see cref="DirectLineStreamEndpoint"/>.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>The route prefix of the service.</summary>
    public const string BasePath = "/v3/directline";

    private const string Endpoint = "directline";

    /// <summary>Maps every REST endpoint onto <paramref name="group"/> (already prefixed with <see cref="BasePath"/>).</summary>
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
    }

    /// <summary>Secret only: a token for a new conversation (created when the token first starts it).</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        var access = await authorizer.AuthenticateAsync(http, DirectLineAuthorizer.ReadBearer(http.Request));
        if (access.Error is not null)
        {
            return access.Error;
        }
        if (!access.Caller!.IsSecret)
        {
            return DirectLineProblems.Forbidden("Generating a token needs the Direct Line secret.");
        }
        var (body, error) = await DirectLineRequestBody.ReadObjectAsync(http.Request, options.Value.MaxActivityBytes);
        if (error is not null)
        {
            return error;
        }
        var (userId, userError) = UserIdFrom(body);
        if (userError is not null)
        {
            return userError;
        }
        var conversationId = DirectLineIds.NewConversationId();
        var issued = tokens.Issue(conversationId, userId ?? DirectLineIds.NewUserId());
        return Results.Ok(new DirectLineConversationResponse(conversationId, issued.Token, issued.ExpiresIn, StreamUrl: null));
    }

    /// <summary>Token only: a fresh token for the same conversation and user. 404 once the conversation ended.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var access = await authorizer.AuthenticateAsync(http, DirectLineAuthorizer.ReadBearer(http.Request));
        if (access.Error is not null)
        {
            return access.Error;
        }
        if (access.Caller!.Token is not { } claims)
        {
            return DirectLineProblems.Forbidden("Refreshing needs a token, not the secret.");
        }
        var conversation = await store.FindAsync(claims.ConversationId, http.RequestAborted);
        if (conversation is { Ended: true })
        {
            return DirectLineProblems.ConversationNotFound();
        }
        var issued = tokens.Issue(claims.ConversationId, claims.UserId);
        return Results.Ok(new DirectLineConversationResponse(claims.ConversationId, issued.Token, issued.ExpiresIn, StreamUrl: null));
    }

    /// <summary>
    /// Starts a conversation (secret: a new one; token: the token's own) and lets the bot welcome the user before
    /// answering 201. A token whose conversation already started gets 200 and the same conversation.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokenService tokens, DirectLineConversationStore store,
        DirectLineBotBridge bridge, IOptions<DirectLineOptions> options)
    {
        var access = await authorizer.AuthenticateAsync(http, DirectLineAuthorizer.ReadBearer(http.Request));
        var (body, error) = await AcceptForBotAsync(http, access, options.Value);
        if (error is not null)
        {
            return error;
        }
        string conversationId;
        string userId;
        if (access.Caller!.Token is { } claims)
        {
            // The token decides who and where; the body's user (Web Chat sends one anyway) is ignored.
            conversationId = claims.ConversationId;
            userId = claims.UserId;
        }
        else
        {
            var (requestedUser, userError) = UserIdFrom(body);
            if (userError is not null)
            {
                return userError;
            }
            conversationId = DirectLineIds.NewConversationId();
            userId = requestedUser ?? DirectLineIds.NewUserId();
        }

        var (conversation, created) = await store.GetOrCreateAsync(conversationId, userId, http.RequestAborted);
        if (conversation.Ended)
        {
            return DirectLineProblems.ConversationNotFound();
        }
        if (created)
        {
            await bridge.StartAsync(conversation, http.RequestServices);
        }
        var response = ConversationResponse(http, tokens, conversation, watermark: 0);
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Ok(response);
    }

    /// <summary>Reconnect: a new token and a stream URL that resumes after <c>watermark</c>.</summary>
    private static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokenService tokens)
    {
        var (access, from) = await AuthorizeAtWatermarkAsync(http, authorizer, conversationId, DirectLineAuthorizer.ReadBearer(http.Request), watermark);
        return access.Error ?? Results.Ok(ConversationResponse(http, tokens, access.Conversation!, from));
    }

    /// <summary>Polling: the activities after <c>watermark</c> (all when empty) and the next watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversationStore store)
    {
        var (access, from) = await AuthorizeAtWatermarkAsync(http, authorizer, conversationId, DirectLineAuthorizer.ReadBearer(http.Request), watermark);
        if (access.Error is not null)
        {
            return access.Error;
        }
        var window = await store.ReadAsync(conversationId, from, http.RequestAborted);
        return Results.Ok(new DirectLineActivitySet(window.Activities, FormatWatermark(window.Watermark)));
    }

    /// <summary>Logs the user's activity (echoed with the returned id), runs the bot's turn, answers <c>{id}</c>.</summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext http, DirectLineAuthorizer authorizer, DirectLineBotBridge bridge, IOptions<DirectLineOptions> options,
        IOptions<RequestLimitsOptions> limitOptions, ConversationRateLimiter conversationRates, LimitTelemetry limitTelemetry)
    {
        var access = await authorizer.AuthorizeAsync(http, conversationId, DirectLineAuthorizer.ReadBearer(http.Request));
        var (body, error) = await AcceptForBotAsync(http, access, options.Value);
        if (error is not null)
        {
            return error;
        }
        if (body is null)
        {
            return DirectLineProblems.BadRequest("The body must be an activity.");
        }
        Activity? activity;
        try
        {
            activity = body.Deserialize<Activity>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return DirectLineProblems.BadRequest("The body is not a valid activity.");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineProblems.BadRequest("The activity needs a type.");
        }

        var conversation = access.Conversation!;
        if (RequestLimitProblems.Check(activity, limitOptions.Value) is { } exceeded)
        {
            limitTelemetry.Refused(exceeded, Endpoint);
            await bridge.NotifyAsync(conversation, exceeded, http.RequestServices, activity.Text);
            return RequestLimitProblems.Problem(exceeded, limitOptions.Value);
        }
        var rateKey = $"{DirectLineBotBridge.ChannelId}/{conversation.Id}";
        if (activity.IsType(ActivityTypes.Message) && conversationRates.TryAcquire(rateKey) is { } wait)
        {
            if (conversationRates.ShouldNotify(rateKey))
            {
                await bridge.NotifyAsync(conversation, RequestLimit.RequestRate, http.RequestServices, activity.Text);
            }
            return RateLimits.TooManyRequests(http, wait, Endpoint, RequestLimit.RequestRate);
        }
        string userId;
        if (access.Caller!.Token is { } claims)
        {
            // A token speaks for its own user only: the body cannot impersonate someone else.
            userId = claims.UserId;
        }
        else if (activity.From?.Id is { } fromId)
        {
            if (!DirectLineIds.IsValidUserId(fromId))
            {
                return DirectLineProblems.BadRequest("from.id must be 1-64 letters, digits or _-.:@.");
            }
            userId = fromId;
        }
        else
        {
            userId = conversation.UserId;
        }

        var posted = await bridge.PostAsync(conversation, activity, userId, http.RequestServices);
        if (posted is { Full: true })
        {
            limitTelemetry.Refused(RequestLimit.ConversationFull, Endpoint);
            return RequestLimitProblems.Problem(RequestLimit.ConversationFull, limitOptions.Value);
        }
        return posted is null ? DirectLineProblems.ConversationNotFound() : Results.Ok(new ResourceResponse(posted.Id));
    }

    /// <summary>The bot takes no files: a clear 415 (Web Chat shows the message as not sent) instead of a crash.</summary>
    private static async Task<IResult> UploadAsync(string conversationId, HttpContext http, DirectLineAuthorizer authorizer)
    {
        var access = await authorizer.AuthorizeAsync(http, conversationId, DirectLineAuthorizer.ReadBearer(http.Request));
        return access.Error ?? Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Uploads are not accepted",
            detail: "This bot does not take files or pictures. Please describe it in words instead.");
    }

    // What every call that reaches the bot checks first: an accepted caller, a bot to talk to, a readable body.
    private static async Task<(JsonObject? Body, IResult? Error)> AcceptForBotAsync(HttpContext http, DirectLineAccess access, DirectLineOptions options)
    {
        if (access.Error is not null)
        {
            return (null, access.Error);
        }
        return DirectLineBotBridge.HasBot(http.RequestServices)
            ? await DirectLineRequestBody.ReadObjectAsync(http.Request, options.MaxActivityBytes)
            : (null, DirectLineProblems.NoBot());
    }

    private static DirectLineConversationResponse ConversationResponse(HttpContext http, DirectLineTokenService tokens, DirectLineConversation conversation, int watermark)
    {
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream"
            + $"?watermark={FormatWatermark(watermark)}&t={Uri.EscapeDataString(issued.Token)}";
        return new DirectLineConversationResponse(conversation.Id, issued.Token, issued.ExpiresIn, streamUrl);
    }

    /// <summary>Checks the caller may use the conversation, then reads the watermark (empty: from the start).</summary>
    public static async Task<(DirectLineAccess Access, int From)> AuthorizeAtWatermarkAsync(
        HttpContext http, DirectLineAuthorizer authorizer, string conversationId, string? bearer, string? watermark)
    {
        var access = await authorizer.AuthorizeAsync(http, conversationId, bearer);
        if (access.Error is not null)
        {
            return (access, 0);
        }
        var from = 0;
        return string.IsNullOrEmpty(watermark) || int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from)
            ? (access, from)
            : (DirectLineAccess.Refused(DirectLineProblems.BadRequest("The watermark must be empty or a number this service returned.")), 0);
    }

    /// <summary>Writes a watermark the way clients store it: an opaque string.</summary>
    public static string FormatWatermark(int watermark) => watermark.ToString(CultureInfo.InvariantCulture);

    private static (string? UserId, IResult? Error) UserIdFrom(JsonObject? body)
    {
        if (body?["user"] is not JsonObject user || user["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || id.Length == 0)
        {
            return (null, null);
        }
        return DirectLineIds.IsValidUserId(id)
            ? (id, null)
            : (null, DirectLineProblems.BadRequest("user.id must be 1-64 letters, digits or _-.:@."));
    }
}
