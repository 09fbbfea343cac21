using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>"Forget me" for <see cref="DeduplicationMiddleware"/>: the conversation's record of activity ids is deleted.</summary>
public sealed class DeduplicationRecordEraser(IStorage storage) : IConversationEraser
{
    public Task EraseAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Conversation?.Id is { Length: > 0 } conversationId
            ? storage.DeleteAsync([DeduplicationMiddleware.RecordKey(turnContext.Activity.ChannelId, conversationId)], cancellationToken)
            : Task.CompletedTask;
}
