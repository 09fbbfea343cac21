using CrampBot.Builder;

namespace CrampBot.Channels.DirectLine;

/// <summary>"Forget me" on Direct Line: the stored transcript holds what the patient typed, so it is erased too.</summary>
public sealed class DirectLineTranscriptEraser(DirectLineConversationStore store) : IConversationEraser
{
    public async Task EraseAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelId == DirectLineBotBridge.ChannelId && turnContext.Activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            await store.EraseAsync(conversationId, cancellationToken);
        }
    }
}
