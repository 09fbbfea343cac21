using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.Storage;

namespace CrampBot.Builder;

/// <summary>
/// State of one conversation (the dialog stack lives here), keyed <c>{channelId}/conversations/{conversationId}</c>.
/// A conversation idle for longer than <c>idleExpiry</c> starts fresh, so a patient who comes back tomorrow is not
/// dropped into yesterday's half-finished question. Idleness counts from the last turn, not the last change: a turn that
/// changes nothing still refreshes the stamp once it is older than a tenth of the expiry, so an ongoing conversation
/// never expires while unchanged turns cost no write each. The stored document itself is forgotten
/// <paramref name="retention"/> after its last write (zero: kept until deleted); the same refresh keeps an ongoing
/// conversation's document from being forgotten.
/// </summary>
public sealed class ConversationState(IStorage storage, TimeProvider clock, TimeSpan idleExpiry, TimeSpan retention = default)
    : BotState(storage, nameof(ConversationState), retention)
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
        RefreshPeriod() is { } period && document.Count > 0 && (IdleFor(document) is not { } idle || idle >= period / 10);

    // The shorter of the idle expiry and the retention (those that are set): whichever runs out first must not run out
    // on a conversation that is still going.
    private TimeSpan? RefreshPeriod()
    {
        TimeSpan[] periods = [.. new[] { idleExpiry, Retention }.Where(period => period > TimeSpan.Zero)];
        return periods.Length == 0 ? null : periods.Min();
    }

    private TimeSpan? IdleFor(JsonObject document) =>
        document[LastActivityProperty] is JsonValue value
        && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last)
            ? clock.GetUtcNow() - last
            : null;

    protected override void BeforeWrite(JsonObject document) =>
        document[LastActivityProperty] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
