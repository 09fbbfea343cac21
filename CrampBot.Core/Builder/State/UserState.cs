using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>
/// State of one user across conversations, keyed <c>{channelId}/users/{userId}</c>; forgotten <paramref name="retention"/>
/// after its last change (zero: kept until deleted).
/// </summary>
public sealed class UserState(IStorage storage, TimeSpan retention = default) : BotState(storage, nameof(UserState), retention)
{
    protected override string? GetStorageKey(TurnContext turnContext) =>
        ChannelScopedKey(turnContext, "users", turnContext.Activity.From?.Id);
}
