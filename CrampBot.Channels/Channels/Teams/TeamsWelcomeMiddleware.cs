using System.Text.Json.Nodes;
using CrampBot.Builder;
using IMiddleware = CrampBot.Builder.IMiddleware;
using CrampBot.Protocol;
using CrampBot.Storage;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Makes Teams' install events produce exactly one welcome, from a bot that welcomes on <c>conversationUpdate</c>
/// for every added member other than itself.
/// <para>In a personal chat Teams sends <c>installationUpdate</c> (action <c>add</c>) and a <c>conversationUpdate</c>;
/// real Teams lists only the bot in <c>membersAdded</c>, the playground lists the user and the bot. The first of them
/// is shown to the bot as a <c>conversationUpdate</c> that adds the user (the sender), and the conversation is recorded
/// as welcomed in storage; later ones reach the bot with no user added, so no second welcome. Removing the app
/// (<c>installationUpdate</c> action <c>remove</c>) clears the record and the conversation's state (the dialog in
/// progress and the bot's own "welcomed" flag): a new install starts afresh, with a welcome.</para>
/// <para>In group chats and channels people joining are not welcomed one by one (the bot speaks there only when
/// mentioned); when the bot itself is added, the person who added it is shown as the added member, so the bot
/// introduces itself once.</para>
/// </summary>
public sealed partial class TeamsWelcomeMiddleware(IStorage storage, ConversationState conversationState, ILogger<TeamsWelcomeMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isInstall = activity.IsType(ActivityTypes.InstallationUpdate);
        var isMembership = activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 };
        if (!isInstall && !isMembership)
        {
            await next(cancellationToken);
            return;
        }
        if (TeamsConversations.IsGroup(activity))
        {
            await RunWithMembersAsync(turnContext, activity.Type!, BotWasAdded(activity) ? Sender(activity) : [], next, cancellationToken);
            return;
        }
        if (!TeamsConversations.IsPersonal(activity))
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}/teams-welcome/{activity.Conversation!.Id}";
        if (isInstall && string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase))
        {
            await storage.DeleteAsync([key], cancellationToken);
            await conversationState.DeleteAsync(turnContext, cancellationToken);
            LogUninstalled(LogIds.Hash(activity.Conversation.Id)!);
            await next(cancellationToken);
            return;
        }
        if (isInstall && !string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }

        var welcomed = (await storage.ReadAsync([key], cancellationToken)).ContainsKey(key);
        if (!welcomed)
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["activityId"] = activity.Id } }, cancellationToken);
            LogWelcoming(activity.Type, LogIds.Hash(activity.Id), LogIds.Hash(activity.Conversation.Id)!);
        }
        await RunWithMembersAsync(turnContext, ActivityTypes.ConversationUpdate, welcomed ? [] : Sender(activity), next, cancellationToken);
    }

    /// <summary>Runs the rest of the turn with the activity shown as <paramref name="type"/> adding <paramref name="users"/> (the bot kept when it was added), then restores it.</summary>
    private static async Task RunWithMembersAsync(TurnContext turnContext, string type, List<ChannelAccount> users, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var (originalType, originalMembers) = (activity.Type, activity.MembersAdded);
        activity.Type = type;
        activity.MembersAdded = [.. users, .. (originalMembers ?? []).Where(member => IsBot(activity, member))];
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            (activity.Type, activity.MembersAdded) = (originalType, originalMembers);
        }
    }

    private static bool BotWasAdded(Activity activity) => (activity.MembersAdded ?? []).Any(member => IsBot(activity, member));

    private static bool IsBot(Activity activity, ChannelAccount member) =>
        string.Equals(member.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>The user who caused the event, as the added member; nobody when the channel did not say.</summary>
    private static List<ChannelAccount> Sender(Activity activity) =>
        activity.From is { Id.Length: > 0 } from && !IsBot(activity, from) ? [from] : [];

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Welcoming on {ActivityType} {ActivityId} in personal conversation {ConversationId}")]
    private partial void LogWelcoming(string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "App removed from personal conversation {ConversationId}; a new install is welcomed again")]
    private partial void LogUninstalled(string? conversationId);
}
