using CrampBot.Builder;
using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using CrampBot.Channels.DirectLine;
using CrampBot.Protocol;
using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework messaging endpoint used by Azure Bot Service (Teams), the Emulator
/// and any channel that posts activities. Replies go back through the Bot Connector, or in the HTTP body for
/// <c>expectReplies</c> and <c>invoke</c>.
/// </summary>
public static class MessagesEndpoint
{
    private const string Endpoint = "messages";

    private static readonly HashSet<string> KnownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Typing, ActivityTypes.Event,
        ActivityTypes.Invoke, ActivityTypes.EndOfConversation, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
    };

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        BotAdapter adapter,
        IBot bot,
        IBotFrameworkAuthenticator authenticator,
        IOptions<BotOptions> options,
        IOptions<RequestLimitsOptions> limitOptions,
        ConversationRateLimiter conversationRates,
        LimitTelemetry limitTelemetry,
        CancellationToken cancellationToken)
    {
        if (authenticator.IsEnabled && string.IsNullOrWhiteSpace(request.Headers.Authorization))
        {
            // No token at all: refuse before reading a body that an anonymous caller sent.
            return Unauthorized(BotAuthenticationFailure.MissingAuthorizationHeader);
        }
        var read = await ActivityRequestReader.ReadAsync(request, options.Value.MaxActivityBytes, cancellationToken);
        if (read.Problem is not null)
        {
            if (read.TooLarge)
            {
                limitTelemetry.Refused(RequestLimit.BodySize, Endpoint);
            }
            return read.Problem;
        }
        var activity = read.Activity!;
        // The token is checked against the activity's channelId and serviceUrl, so it is read after the body.
        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            return Unauthorized(authentication.Failure);
        }
        if (!KnownTypes.Contains(activity.Type!))
        {
            // Receivers must tolerate activity types they do not know.
            return Results.Ok();
        }

        var bufferReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!bufferReplies && !ConnectorUrls.IsValidServiceUrl(activity.ServiceUrl))
        {
            // Replies would have nowhere to go: refuse before the turn runs, so no state moves on without an answer.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing serviceUrl", detail: "An activity without deliveryMode 'expectReplies' needs an absolute http(s) 'serviceUrl' without user information.");
        }
        if (RequestLimitProblems.Check(activity, limitOptions.Value) is { } exceeded)
        {
            limitTelemetry.Refused(exceeded, Endpoint);
            await NotifyAsync(request, activity, exceeded, bufferReplies, cancellationToken);
            return RequestLimitProblems.Problem(exceeded, limitOptions.Value);
        }
        var conversationKey = $"{activity.ChannelId}/{activity.Conversation!.Id}";
        if (activity.IsType(ActivityTypes.Message) && conversationRates.TryAcquire(conversationKey) is { } wait)
        {
            if (conversationRates.ShouldNotify(conversationKey))
            {
                await NotifyAsync(request, activity, RequestLimit.RequestRate, bufferReplies, cancellationToken);
            }
            return RateLimits.TooManyRequests(request.HttpContext, wait, Endpoint, RequestLimit.RequestRate);
        }

        var replies = new List<Activity>();
        SendActivitiesHandler send = bufferReplies
            ? (_, activities, _) => Task.FromResult(Buffer(replies, activities))
            : (_, activities, ct) => PostAsync(request.HttpContext.RequestServices.GetRequiredService<IConnectorClient>(), activities, ct);

        var result = await adapter.ProcessActivityAsync(activity, send, bot, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = result.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
            return invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status);
        }
        return bufferReplies
            ? Results.Json(new ExpectedReplies { Activities = replies }, ProtocolJson.Options)
            : Results.Ok();
    }

    // The refusal goes back as a 4xx; the patient also reads why in the chat, through the connector (an expectReplies
    // caller reads the problem instead: its body cannot be both a refusal and replies).
    private static async Task NotifyAsync(HttpRequest request, Activity activity, RequestLimit limit, bool bufferReplies, CancellationToken cancellationToken)
    {
        var text = request.HttpContext.RequestServices.GetService<ILimitNotices>()?.For(limit, activity.Text);
        if (text is null || bufferReplies || !activity.IsType(ActivityTypes.Message))
        {
            return;
        }
        var notice = activity.CreateReply(text);
        try
        {
            await request.HttpContext.RequestServices.GetRequiredService<IConnectorClient>().SendAsync(notice, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            // The refusal itself is the answer; a notice that cannot be delivered changes nothing.
        }
    }

    private static IResult Unauthorized(BotAuthenticationFailure failure) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: $"The request's token was refused ({failure}).");

    private static ResourceResponse[] Buffer(List<Activity> replies, IReadOnlyList<Activity> activities)
    {
        replies.AddRange(activities);
        return activities.Select(_ => new ResourceResponse(string.Empty)).ToArray();
    }

    private static async Task<ResourceResponse[]> PostAsync(IConnectorClient connector, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await connector.SendAsync(activities[i], cancellationToken);
        }
        return responses;
    }
}
