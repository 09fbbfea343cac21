using CrampBot.Protocol;

namespace CrampBot.Channels.Connector;

/// <summary>Posts the bot's activities to a channel's Bot Connector service (<c>{serviceUrl}/v3/conversations/...</c>).</summary>
public interface IConnectorClient
{
    /// <summary>
    /// Sends <paramref name="activity"/> to its conversation: as a reply to <see cref="Activity.ReplyToId"/> when set
    /// (<c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>), otherwise as a new activity.
    /// </summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default);
}
