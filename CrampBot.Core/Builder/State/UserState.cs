using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>State of one user across conversations, keyed <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string? GetStorageKey(TurnContext turnContext)
    {
        var channelId = turnContext.Activity.ChannelId;
        var userId = turnContext.Activity.From?.Id;
        return string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(userId)
            ? null
            : $"{channelId}/users/{userId}";
    }
}
