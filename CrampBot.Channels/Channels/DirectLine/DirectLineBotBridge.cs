using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Hosting;
using CrampBot.Protocol;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Feeds Direct Line activities through the same turn pipeline as <c>/api/messages</c> (<see cref="BotAdapter"/> +
/// <see cref="IBot"/> from DI): a user's activity is logged (which echoes it to the client with its server id) and
/// then processed; the bot's replies are logged after it, with server timestamps, and pushed to open streams.
/// </summary>
public sealed partial class DirectLineBotBridge(
    DirectLineConversationStore store,
    DirectLineStreamHub hub,
    IOptions<DirectLineOptions> options,
    IOptions<RequestLimitsOptions> limits,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<DirectLineBotBridge> logger)
{
    /// <summary>
    /// The channel id of Direct Line activities. Azure's Direct Line sets "directline" for Direct Line clients,
    /// whatever the client wrote (Web Chat writes "webchat"); CrampBot does the same.
    /// </summary>
    public const string ChannelId = "directline";

    /// <summary>True when the app registered a <see cref="BotAdapter"/> and an <see cref="IBot"/> to talk to.</summary>
    public static bool HasBot(IServiceProvider services) =>
        services.GetService<BotAdapter>() is not null && services.GetService<IBot>() is not null;

    /// <summary>
    /// Tells the bot the user joined a new conversation (<c>conversationUpdate</c>, membersAdded: the user), so its
    /// welcome is logged before the patient types: Web Chat itself never sends a conversationUpdate.
    /// </summary>
    public Task StartAsync(DirectLineConversation conversation, IServiceProvider services)
    {
        var user = UserAccount(conversation.UserId, name: null);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = BotAccount(),
            MembersAdded = [UserAccount(conversation.UserId, name: null)],
            Timestamp = conversation.Created,
        };
        LogConversationStarted(LogIds.Hash(conversation.Id)!);
        return RunTurnAsync(conversation, update, services);
    }

    /// <summary>
    /// Logs and processes an activity the user posted. Returns null when the conversation is gone (ended).
    /// Typing is acknowledged and forwarded to open streams but neither logged nor given to the bot.
    /// A repeated <c>channelData.clientActivityID</c> returns the first post's id and is not processed again.
    /// </summary>
    public async Task<DirectLinePostResult?> PostAsync(DirectLineConversation conversation, Activity posted, string userId, IServiceProvider services)
    {
        // The server owns addressing, ids and time; the client's own claims about them are replaced.
        posted.Id = null;
        posted.Timestamp = null;
        posted.ChannelId = ChannelId;
        posted.Conversation = new ConversationAccount { Id = conversation.Id };
        posted.From = UserAccount(userId, posted.From?.Name);
        posted.Recipient = BotAccount();
        posted.ServiceUrl = null;

        if (posted.IsType(ActivityTypes.Typing))
        {
            return new DirectLinePostResult(PushTyping(conversation.Id, posted), Duplicate: false);
        }

        var json = ToJson(posted);
        var clientActivityId = posted.ChannelData is JsonObject channelData && channelData["clientActivityID"] is JsonValue value && value.TryGetValue<string>(out var cid) ? cid : null;
        var appended = await store.AppendAsync(conversation.Id, json, new DirectLineAppendRules(clientActivityId, limits.Value.MaxActivitiesPerConversation), lifetime.ApplicationStopping);
        if (appended is null)
        {
            return null;
        }
        if (appended.Full)
        {
            await NotifyAsync(conversation, RequestLimit.ConversationFull, services, posted.Text);
            return new DirectLinePostResult(string.Empty, Duplicate: false) { Full = true };
        }
        if (appended.Duplicate)
        {
            LogDuplicate(LogIds.Hash(conversation.Id)!, LogIds.Hash(appended.Id)!);
            return new DirectLinePostResult(appended.Id, Duplicate: true);
        }
        hub.NotifyLogChanged(conversation.Id);
        posted.Id = appended.Id;
        posted.Timestamp = appended.Timestamp;

        await RunTurnAsync(conversation, posted, services);
        if (posted.IsType(ActivityTypes.EndOfConversation))
        {
            await EndAsync(conversation.Id);
        }
        return new DirectLinePostResult(appended.Id, Duplicate: false);
    }

    /// <summary>
    /// Tells the patient in the chat why their last request was refused (the app's <see cref="ILimitNotices"/>), once:
    /// the same notice is not logged twice in a row.
    /// </summary>
    public async Task NotifyAsync(DirectLineConversation conversation, RequestLimit limit, IServiceProvider services, string? refusedText)
    {
        if (services.GetService<ILimitNotices>()?.For(limit, refusedText) is not { } text)
        {
            return;
        }
        var notice = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = TextFormatTypes.Plain,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = BotAccount(),
            Recipient = UserAccount(conversation.UserId, name: null),
        };
        var appended = await store.AppendAsync(conversation.Id, ToJson(notice), BotRules() with { UnlessLastText = text }, lifetime.ApplicationStopping);
        if (appended is { Duplicate: false, Full: false })
        {
            hub.NotifyLogChanged(conversation.Id);
        }
    }

    // The bot's replies and notices may go a little past the patient's limit: the answer to the last accepted message
    // and the "conversation full" notice still fit.
    private DirectLineAppendRules BotRules() => new(MaxActivities: limits.Value.MaxActivitiesPerConversation + ReplyHeadroom);

    private const int ReplyHeadroom = 20;

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity incoming, IServiceProvider services)
    {
        var adapter = services.GetRequiredService<BotAdapter>();
        var bot = services.GetRequiredService<IBot>();
        // Not the request's token: a patient closing the tab must not cut the bot off mid-answer; the reply is logged
        // and delivered when they come back.
        await adapter.ProcessActivityAsync(incoming, (turn, activities, ct) => DeliverAsync(conversation, incoming, activities, ct), bot, lifetime.ApplicationStopping);
    }

    private async Task<ResourceResponse[]> DeliverAsync(DirectLineConversation conversation, Activity incoming, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var reply = activities[i];
            if (reply.IsType(ActivityTypes.Trace))
            {
                // Traces are for the emulator; Azure's Direct Line does not deliver them to clients either.
                responses[i] = new ResourceResponse(string.Empty);
                continue;
            }
            reply.ChannelId = ChannelId;
            reply.Conversation = new ConversationAccount { Id = conversation.Id };
            reply.From = BotAccount();
            reply.Recipient = UserAccount(conversation.UserId, name: null);
            reply.ServiceUrl = null;
            // A replyToId the client never received (the conversationUpdate's) makes Web Chat hold the reply for 5 s.
            if (incoming.Id is null || reply.ReplyToId != incoming.Id)
            {
                reply.ReplyToId = null;
            }
            reply.Id = null;
            reply.Timestamp = null;
            if (reply.IsType(ActivityTypes.Typing))
            {
                responses[i] = new ResourceResponse(PushTyping(conversation.Id, reply));
                continue;
            }
            var appended = await store.AppendAsync(conversation.Id, ToJson(reply), BotRules(), cancellationToken);
            if (appended is null or { Full: true })
            {
                responses[i] = new ResourceResponse(string.Empty);
                continue;
            }
            reply.Id = appended.Id;
            reply.Timestamp = appended.Timestamp;
            hub.NotifyLogChanged(conversation.Id);
            responses[i] = new ResourceResponse(appended.Id);
            if (reply.IsType(ActivityTypes.EndOfConversation))
            {
                await EndAsync(conversation.Id);
            }
        }
        return responses;
    }

    private async Task EndAsync(string conversationId)
    {
        await store.EndAsync(conversationId, lifetime.ApplicationStopping);
        // Open streams re-read, see the end and close; the client's reconnect then gets 404 (Ended).
        hub.NotifyLogChanged(conversationId);
        LogConversationEnded(LogIds.Hash(conversationId)!);
    }

    // Typing is ephemeral: one id per sender (so Web Chat replaces rather than piles them up), never logged.
    private string PushTyping(string conversationId, Activity typing)
    {
        var json = ToJson(typing);
        var id = conversationId + "|typing-" + typing.From?.Role;
        json["id"] = id;
        json["timestamp"] = JsonValue.Create(clock.GetUtcNow());
        hub.PushEphemeral(conversationId, json);
        return id;
    }

    private ChannelAccount BotAccount() => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    private static ChannelAccount UserAccount(string userId, string? name) => new() { Id = userId, Name = name, Role = RoleTypes.User };

    private static JsonObject ToJson(Activity activity) => JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!.AsObject();

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private partial void LogConversationStarted(string conversationId);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} ended")]
    private partial void LogConversationEnded(string conversationId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Direct Line activity {ActivityId} of conversation {ConversationId} was posted again; not processed twice")]
    private partial void LogDuplicate(string conversationId, string activityId);
}
