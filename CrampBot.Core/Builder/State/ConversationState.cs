using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>
/// State of one conversation (the dialog stack lives here), keyed <c>{channelId}/conversations/{conversationId}</c>.
/// A conversation idle for longer than <c>idleExpiry</c> starts fresh, so a patient who comes back tomorrow is not
/// dropped into yesterday's half-finished question. Idleness counts from the last turn, not the last change: a turn that
/// changes nothing still refreshes the stamp once it is older than a tenth of the expiry, so an ongoing conversation
/// never expires while unchanged turns cost no write each.
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

    protected override bool IsStale(JsonObject document) =>
        idleExpiry > TimeSpan.Zero && IdleFor(document) is { } idle && idle > idleExpiry;

    protected override bool NeedsTouch(JsonObject document) =>
        idleExpiry > TimeSpan.Zero && document.Count > 0 && (IdleFor(document) is not { } idle || idle >= idleExpiry / 10);

    private TimeSpan? IdleFor(JsonObject document) =>
        document[LastActivityProperty] is JsonValue value
        && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last)
            ? clock.GetUtcNow() - last
            : null;

    protected override void BeforeWrite(JsonObject document) =>
        document[LastActivityProperty] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
