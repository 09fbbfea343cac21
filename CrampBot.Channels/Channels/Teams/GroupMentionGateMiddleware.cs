using CrampBot.Builder;
using IMiddleware = CrampBot.Builder.IMiddleware;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// In group chats and team channels the bot speaks only when spoken to: a message that does not mention the bot is
/// dropped before the bot sees it (Teams delivers every channel message to a bot with the ChannelMessage.Read.Group
/// permission). Card taps are always processed: they carry a <c>value</c> (a Web Chat submit has only that; a Teams
/// messageBack has text too, but never a mention). Invokes and membership updates pass through.
/// </summary>
public sealed partial class GroupMentionGateMiddleware(ILogger<GroupMentionGateMiddleware> logger) : IMiddleware
{
    public Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message)
            && TeamsConversations.IsGroup(activity)
            && activity.Value is null
            && !BotMentions.IsBotMentioned(activity))
        {
            LogIgnored(LogIds.Hash(activity.Id), LogIds.Hash(activity.Conversation?.Id));
            return Task.CompletedTask;
        }
        return next(cancellationToken);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Group message {ActivityId} in conversation {ConversationId} does not mention the bot; ignored")]
    private partial void LogIgnored(string? activityId, string? conversationId);
}
