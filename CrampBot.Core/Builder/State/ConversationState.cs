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
/// <remarks>
/// The document also keeps the ids of the conversation's last <see cref="RememberedActivityIds"/> activities
/// (<see cref="IsRedeliveryAsync"/>), written with the turn's own changes: a turn costs one write, and its id is
/// recorded exactly when its state is. A reset (<see cref="BotState.ResetAsync"/>, after a failed turn) keeps the
/// ids, so a redelivery of the failed activity is not answered twice. A deletion ("forget me") takes them with the
/// rest: nothing keyed by the conversation stays, and a redelivery of that very activity would run again (it finds
/// nothing left to delete).
/// </remarks>
public sealed class ConversationState(IStorage storage, TimeProvider clock, TimeSpan idleExpiry, TimeSpan retention = default)
    : BotState(storage, nameof(ConversationState), retention)
{
    /// <summary>How many recent activity ids a conversation remembers.</summary>
    public const int RememberedActivityIds = 64;

    private const string LastActivityProperty = "lastActivityUtc";
    private const string ActivityIdsProperty = "activityIds";
    private const string TurnActivityIdsKey = "ConversationState:activityIds";

    /// <summary>
    /// True when the turn's activity was processed by an earlier turn (a channel's redelivery). Otherwise its id is
    /// recorded for this turn: the next save of the conversation writes it, even when nothing else changed. Turns of a
    /// conversation run one at a time (<see cref="ITurnLock"/>), so a redelivery waits for the first delivery's save and
    /// then sees its id. Activities without id or conversation are never redeliveries.
    /// </summary>
    public async Task<bool> IsRedeliveryAsync(TurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activityId = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(activityId) || GetStorageKey(turnContext) is null)
        {
            return false;
        }
        var document = (await GetCachedAsync(turnContext, cancellationToken)).Document;
        var ids = ReadIds(document);
        if (ids.Contains(activityId, StringComparer.Ordinal))
        {
            return true;
        }
        ids.Add(activityId);
        if (ids.Count > RememberedActivityIds)
        {
            ids.RemoveRange(0, ids.Count - RememberedActivityIds);
        }
        turnContext.TurnState[TurnActivityIdsKey] = ids;
        return false;
    }

    protected override string? GetStorageKey(TurnContext turnContext) =>
        ChannelScopedKey(turnContext, "conversations", turnContext.Activity.Conversation?.Id);

    protected override bool IsStale(JsonObject document) =>
        idleExpiry > TimeSpan.Zero && IdleFor(document) is { } idle && idle > idleExpiry;

    protected override bool NeedsTouch(TurnContext turnContext, JsonObject document) =>
        HasUnsavedIds(turnContext, document)
        || (RefreshPeriod() is { } period && document.Count > 0 && (IdleFor(document) is not { } idle || idle >= period / 10));

    protected override void OnDeleted(TurnContext turnContext) => turnContext.TurnState.Remove(TurnActivityIdsKey);

    protected override void BeforeWrite(TurnContext turnContext, JsonObject document)
    {
        document[LastActivityProperty] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        if (turnContext.TurnState.TryGetValue(TurnActivityIdsKey, out var held) && held is List<string> ids)
        {
            document[ActivityIdsProperty] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]);
        }
    }

    private static bool HasUnsavedIds(TurnContext turnContext, JsonObject document) =>
        turnContext.TurnState.TryGetValue(TurnActivityIdsKey, out var held) && held is List<string> ids && !ids.SequenceEqual(ReadIds(document), StringComparer.Ordinal);

    private static List<string> ReadIds(JsonObject document) =>
        document[ActivityIdsProperty] is JsonArray array
            ? [.. array.OfType<JsonValue>().Select(value => value.TryGetValue<string>(out var id) ? id : null).OfType<string>()]
            : [];

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
}
