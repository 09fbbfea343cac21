using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.Builder;

namespace CrampBot.Storage;

/// <summary>
/// State of one conversation (the dialog stack lives here), keyed <c>{channelId}/conversations/{conversationId}</c>.
/// A conversation idle for longer than <c>idleExpiry</c> starts fresh, so a patient who comes back tomorrow is not
/// dropped into yesterday's half-finished question.
/// </summary>
public sealed class ConversationState(IStorage storage, TimeProvider clock, TimeSpan idleExpiry) : BotState(storage, nameof(ConversationState))
{
    private const string LastActivityProperty = "lastActivityUtc";

    protected override string? GetStorageKey(TurnContext turnContext)
    {
        var channelId = turnContext.Activity.ChannelId;
        var conversationId = turnContext.Activity.Conversation?.Id;
        return string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId)
            ? null
            : $"{channelId}/conversations/{conversationId}";
    }

    protected override bool IsStale(JsonObject document)
    {
        if (idleExpiry <= TimeSpan.Zero || document[LastActivityProperty] is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return false;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last)
            && clock.GetUtcNow() - last > idleExpiry;
    }

    protected override void BeforeWrite(JsonObject document) =>
        document[LastActivityProperty] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
