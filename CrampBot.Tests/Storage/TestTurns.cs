using CrampBot.Builder;

namespace CrampBot.Tests.Storage;

/// <summary>Turn contexts for a user message, with replies swallowed.</summary>
internal static class TestTurns
{
    public static TurnContext Message(string conversationId = "conv-1", string userId = "user-1", string channelId = "webchat") =>
        new(
            new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = channelId,
                From = new ChannelAccount { Id = userId },
                Recipient = new ChannelAccount { Id = "bot" },
                Conversation = new ConversationAccount { Id = conversationId },
            },
            (_, activities, _) => Task.FromResult(activities.Select(_ => new ResourceResponse("sent")).ToArray()));
}
