using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.Protocol;
using CrampBot.Storage;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations and their activity logs, kept in <see cref="IStorage"/> so they survive a restart.
/// A conversation is a header document (<c>directline-service/conversations/{id}</c>) plus its log split into pages
/// of <see cref="PageSize"/> activities (<c>.../activities/{page}</c>), so appending rewrites one small page rather
/// than the whole transcript. Writes of one conversation are serialised in-process; the stored eTags catch a second
/// writer (another instance on the same storage), in which case the write is redone on fresh data.
/// Activity ids are <c>{conversationId}|{index:D7}</c>; a watermark is the number of logged activities.
/// </summary>
public sealed class DirectLineConversationStore(IStorage storage, TimeProvider clock)
{
    /// <summary>Activities per stored page.</summary>
    public const int PageSize = 20;

    // Not under the bot's "{channelId}/conversations/{id}" state keys, which would collide for channel "directline".
    private const string KeyPrefix = "directline-service/conversations/";
    private const int PagesPerRead = 8;
    private const int ConflictRetries = 3;

    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The conversation, or null when it does not exist.</summary>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = HeaderKey(conversationId);
        var documents = await storage.ReadAsync([key], cancellationToken);
        return documents.TryGetValue(key, out var header) ? ReadHeader(conversationId, header) : null;
    }

    /// <summary>Returns the conversation, creating it for <paramref name="userId"/> when it does not exist yet.</summary>
    public Task<(DirectLineConversation Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            var existing = await FindAsync(conversationId, cancellationToken);
            if (existing is not null)
            {
                return (existing, false);
            }
            var conversation = new DirectLineConversation(conversationId, userId, clock.GetUtcNow(), Ended: false);
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [HeaderKey(conversationId)] = WriteHeader(conversation) }, cancellationToken);
            return (conversation, true);
        }, cancellationToken);

    /// <summary>Marks the conversation ended: from now on it answers 404.</summary>
    public Task EndAsync(string conversationId, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            var key = HeaderKey(conversationId);
            var documents = await storage.ReadAsync([key], cancellationToken);
            if (documents.TryGetValue(key, out var header))
            {
                header["ended"] = true;
                await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = header }, cancellationToken);
            }
            return true;
        }, cancellationToken);

    /// <summary>The logged activities from position <paramref name="fromIndex"/> on, and the new watermark.</summary>
    public async Task<DirectLineActivityWindow> ReadAsync(string conversationId, int fromIndex, CancellationToken cancellationToken)
    {
        var firstPage = fromIndex / PageSize;
        var pages = await LoadPagesAsync(conversationId, firstPage, cancellationToken);
        var activities = new List<JsonObject>();
        var count = firstPage * PageSize;
        foreach (var (_, page) in pages)
        {
            foreach (var activity in Activities(page))
            {
                if (count >= fromIndex)
                {
                    activities.Add(activity.DeepClone().AsObject());
                }
                count++;
            }
        }
        return new DirectLineActivityWindow(activities, count);
    }

    /// <summary>
    /// Appends <paramref name="activity"/> to the log, setting its <c>id</c> and a server <c>timestamp</c> strictly
    /// later than the previous activity's (Web Chat orders by timestamp at millisecond precision). When
    /// the rules' <see cref="DirectLineAppendRules.ClientActivityId"/> matches a user activity already logged, nothing is written and that
    /// activity's id is returned with <see cref="DirectLineAppendResult.Duplicate"/> set.
    /// <paramref name="rules"/> also say when the log is full. Returns null when the conversation does not exist or has ended.
    /// </summary>
    public Task<DirectLineAppendResult?> AppendAsync(string conversationId, JsonObject activity, DirectLineAppendRules rules, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await TryAppendAsync(conversationId, activity, rules, cancellationToken);
                }
                catch (StorageConflictException) when (attempt < ConflictRetries)
                {
                    // Another writer got there first: read again and redo the append on its data.
                }
            }
        }, cancellationToken);

    private async Task<DirectLineAppendResult?> TryAppendAsync(string conversationId, JsonObject activity, DirectLineAppendRules rules, CancellationToken cancellationToken)
    {
        var conversation = await FindAsync(conversationId, cancellationToken);
        if (conversation is null || conversation.Ended)
        {
            return null;
        }
        var pages = await LoadPagesAsync(conversationId, 0, cancellationToken);
        var index = 0;
        JsonObject? last = null;
        foreach (var (_, page) in pages)
        {
            foreach (var logged in Activities(page))
            {
                if (rules.ClientActivityId is not null && IsFromUser(logged) && ClientActivityId(logged) == rules.ClientActivityId)
                {
                    return new DirectLineAppendResult((string)logged["id"]!, index, ParseTimestamp(logged) ?? DateTimeOffset.MinValue, Duplicate: true);
                }
                last = logged;
                index++;
            }
        }

        if (rules.UnlessLastText is not null && last?["text"] is JsonValue lastText && lastText.TryGetValue<string>(out var said) && said == rules.UnlessLastText)
        {
            return new DirectLineAppendResult((string)last["id"]!, index - 1, ParseTimestamp(last) ?? DateTimeOffset.MinValue, Duplicate: true);
        }
        if (index >= rules.MaxActivities)
        {
            return new DirectLineAppendResult(string.Empty, index, DateTimeOffset.MinValue, Duplicate: false) { Full = true };
        }

        var timestamp = NextTimestamp(last is null ? null : ParseTimestamp(last));
        var id = ActivityId(conversationId, index);
        var stored = activity.DeepClone().AsObject();
        stored["id"] = id;
        stored["timestamp"] = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        var pageNumber = index / PageSize;
        var (key, target) = pageNumber < pages.Count ? pages[pageNumber] : (PageKey(conversationId, pageNumber), new JsonObject { ["activities"] = new JsonArray() });
        target["activities"]!.AsArray().Add(stored);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = target }, cancellationToken);

        activity["id"] = id;
        activity["timestamp"] = stored["timestamp"]!.DeepClone();
        return new DirectLineAppendResult(id, index, timestamp, Duplicate: false);
    }

    /// <summary>
    /// Erases what was said in the conversation so far: every logged activity becomes an empty
    /// <c>crampbot/erased</c> event (Web Chat does not render events). Ids, timestamps and watermarks stay, so
    /// connected clients and resumed ones keep their place; the client activity id stays, so a late redelivery of an
    /// erased message is still recognised and not processed again.
    /// </summary>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var pages = await LoadPagesAsync(conversationId, 0, cancellationToken);
                    foreach (var (_, page) in pages)
                    {
                        page["activities"] = new JsonArray([.. Activities(page).Select(Erased)]);
                    }
                    if (pages.Count > 0)
                    {
                        await storage.WriteAsync(pages.ToDictionary(p => p.Key, p => p.Page), cancellationToken);
                    }
                    return true;
                }
                catch (StorageConflictException) when (attempt < ConflictRetries)
                {
                    // Another writer got there first: erase again on its data.
                }
            }
        }, cancellationToken);

    private static JsonObject Erased(JsonObject activity)
    {
        var erased = new JsonObject
        {
            ["type"] = ActivityTypes.Event,
            ["name"] = "crampbot/erased",
            ["id"] = activity["id"]?.DeepClone(),
            ["timestamp"] = activity["timestamp"]?.DeepClone(),
            ["channelId"] = activity["channelId"]?.DeepClone(),
            ["conversation"] = activity["conversation"]?.DeepClone(),
            ["from"] = activity["from"] is JsonObject from ? new JsonObject { ["id"] = from["id"]?.DeepClone(), ["role"] = from["role"]?.DeepClone() } : null,
        };
        if (ClientActivityId(activity) is { } clientActivityId)
        {
            erased["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId };
        }
        return erased;
    }

    /// <summary>The id of the activity at <paramref name="index"/> in the log, as Azure's Direct Line shapes them.</summary>
    public static string ActivityId(string conversationId, int index) =>
        conversationId + "|" + index.ToString("D7", CultureInfo.InvariantCulture);

    private DateTimeOffset NextTimestamp(DateTimeOffset? previous)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        return previous is { } before && now <= before ? before.AddMilliseconds(1) : now;
    }

    // Reads pages from firstPage on, several keys per storage call, up to the first missing or not-full page.
    private async Task<List<(string Key, JsonObject Page)>> LoadPagesAsync(string conversationId, int firstPage, CancellationToken cancellationToken)
    {
        var pages = new List<(string, JsonObject)>();
        for (var start = firstPage; ; start += PagesPerRead)
        {
            var keys = Enumerable.Range(start, PagesPerRead).Select(page => PageKey(conversationId, page)).ToArray();
            var documents = await storage.ReadAsync(keys, cancellationToken);
            foreach (var key in keys)
            {
                if (!documents.TryGetValue(key, out var page))
                {
                    return pages;
                }
                pages.Add((key, page));
                if (Activities(page).Count() < PageSize)
                {
                    return pages;
                }
            }
        }
    }

    private async Task<T> WithLockAsync<T>(string conversationId, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        var gate = _locks[(uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_locks.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }

    private static IEnumerable<JsonObject> Activities(JsonObject page) =>
        page["activities"] is JsonArray array ? array.OfType<JsonObject>() : [];

    private static bool IsFromUser(JsonObject activity) =>
        activity["from"] is JsonObject from && (string?)from["role"] == RoleTypes.User;

    private static string? ClientActivityId(JsonObject activity) =>
        activity["channelData"] is JsonObject channelData && channelData["clientActivityID"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    private static DateTimeOffset? ParseTimestamp(JsonObject activity) =>
        activity["timestamp"] is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    private static string HeaderKey(string conversationId) => KeyPrefix + conversationId;

    private static string PageKey(string conversationId, int page) =>
        KeyPrefix + conversationId + "/activities/" + page.ToString(CultureInfo.InvariantCulture);

    private static JsonObject WriteHeader(DirectLineConversation conversation) => new()
    {
        ["conversationId"] = conversation.Id,
        ["userId"] = conversation.UserId,
        ["created"] = conversation.Created.ToString("O", CultureInfo.InvariantCulture),
        ["ended"] = conversation.Ended,
    };

    private static DirectLineConversation ReadHeader(string conversationId, JsonObject header) => new(
        conversationId,
        (string?)header["userId"] ?? string.Empty,
        DateTimeOffset.TryParse((string?)header["created"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created) ? created : DateTimeOffset.MinValue,
        header["ended"] is JsonValue ended && ended.TryGetValue<bool>(out var isEnded) && isEnded);
}
