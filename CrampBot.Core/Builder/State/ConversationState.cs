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
            var array = new JsonArray();
            foreach (var id in ids)
            {
                array.Add(JsonValue.Create(id));
            }
            document[ActivityIdsProperty] = array;
        }
    }

    private static bool HasUnsavedIds(TurnContext turnContext, JsonObject document) =>
        turnContext.TurnState.TryGetValue(TurnActivityIdsKey, out var held) && held is List<string> ids && !ids.SequenceEqual(ReadIds(document), StringComparer.Ordinal);

    private static List<string> ReadIds(JsonObject document)
    {
        if (document[ActivityIdsProperty] is not JsonArray array)
        {
            return [];
        }
        var ids = new List<string>(array.Count + 1);
        foreach (var node in array)
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    // The shorter of the idle expiry and the retention (those that are set): whichever runs out first must not run out
    // on a conversation that is still going.
    private TimeSpan? RefreshPeriod() => (idleExpiry > TimeSpan.Zero, Retention > TimeSpan.Zero) switch
    {
        (true, true) => idleExpiry < Retention ? idleExpiry : Retention,
        (true, false) => idleExpiry,
        (false, true) => Retention,
        _ => null,
    };

    // The stamp is written with the round-trip format ("O"), so it is read with that format first (much cheaper than
    // the general parser); anything else written by an earlier version still parses the general way.
    private TimeSpan? IdleFor(JsonObject document) =>
        document[LastActivityProperty] is JsonValue value
        && value.TryGetValue<string>(out var text)
        && (DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out last))
            ? clock.GetUtcNow() - last
            : null;
}
