using System.Globalization;
using System.Text.Json.Nodes;
using CrampBot.Protocol;
using CrampBot.Storage;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations and their activity logs, kept in <see cref="IStorage"/> so they survive a restart and are
/// shared by every instance on the same store. A conversation is a header document
/// (<c>directline-service/conversations/{id}</c>: its user, whether it ended, how many activities it logged) plus its
/// log split into pages of <see cref="PageSize"/> activities (<c>.../activities/{page}</c>), so appending rewrites one
/// small page rather than the whole transcript. Every change of the log writes the header first, with its eTag, in the
/// same batch: the header is the conversation's sequencer, so two instances appending at once cannot both win (the
/// loser redoes its append on fresh data), even when both start a new page. Writes of one conversation are also
/// serialised in-process. Activity ids are <c>{conversationId}|{index:D7}</c>; a watermark is the index after the
/// last activity read. Every write gives the header and the page <see cref="DirectLineOptions.LogRetention"/> as time
/// to live, so a conversation is forgotten that long after its last activity.
/// </summary>
public sealed class DirectLineConversationStore(IStorage storage, TimeProvider clock, IOptions<DirectLineOptions> options)
{
    /// <summary>Activities per stored page.</summary>
    public const int PageSize = 20;

    // Not under the bot's "{channelId}/conversations/{id}" state keys, which would collide for channel "directline".
    private const string KeyPrefix = "directline-service/conversations/";
    private const int PagesPerRead = 8;
    private const int ConflictRetries = 10;
    private const string CountProperty = "count";

    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The conversation, or null when it does not exist.</summary>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var header = await ReadHeaderAsync(conversationId, cancellationToken);
        return header is null ? null : ReadHeader(conversationId, header);
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
            var header = WriteHeader(conversation);
            header[CountProperty] = 0;
            await WriteLogAsync(conversationId, header, [], cancellationToken);
            return (conversation, true);
        }, cancellationToken);

    /// <summary>Marks the conversation ended: from now on it answers 404.</summary>
    public Task EndAsync(string conversationId, CancellationToken cancellationToken) =>
        WithRetriesAsync(conversationId, async () =>
        {
            var header = await ReadHeaderAsync(conversationId, cancellationToken);
            if (header is not null)
            {
                header["ended"] = true;
                await WriteLogAsync(conversationId, header, [], cancellationToken);
            }
            return true;
        }, cancellationToken);

    /// <summary>
    /// The logged activities from position <paramref name="fromIndex"/> on, and the new watermark. Pages already
    /// forgotten (a long conversation's early pages expire before its last one) are skipped.
    /// </summary>
    public async Task<DirectLineActivityWindow> ReadAsync(string conversationId, int fromIndex, CancellationToken cancellationToken)
    {
        // The header first: an end seen here guarantees the pages read next hold the endOfConversation.
        var header = await ReadHeaderAsync(conversationId, cancellationToken);
        if (header is null)
        {
            return new DirectLineActivityWindow([], fromIndex, Ended: true);
        }
        var firstPage = fromIndex / PageSize;
        var pages = await ReadPagesAsync(conversationId, header, firstPage, cancellationToken);
        var activities = new List<JsonObject>();
        var watermark = (int?)null;
        foreach (var (index, activity) in Logged(pages))
        {
            if (index >= fromIndex)
            {
                activities.Add(activity.DeepClone().AsObject());
            }
            watermark = index + 1;
        }
        return new DirectLineActivityWindow(activities, watermark ?? Math.Min(fromIndex, LoggedCount(header) ?? fromIndex), ReadHeader(conversationId, header).Ended);
    }

    /// <summary>
    /// Appends <paramref name="activity"/> to the log, setting its <c>id</c> and a server <c>timestamp</c> strictly
    /// later than the previous activity's (Web Chat orders by timestamp at millisecond precision). When
    /// the rules' <see cref="DirectLineAppendRules.ClientActivityId"/> matches a user activity already logged, nothing is written and that
    /// activity's id is returned with <see cref="DirectLineAppendResult.Duplicate"/> set.
    /// <paramref name="rules"/> also say when the log is full. Returns null when the conversation does not exist or has ended.
    /// </summary>
    public Task<DirectLineAppendResult?> AppendAsync(string conversationId, JsonObject activity, DirectLineAppendRules rules, CancellationToken cancellationToken) =>
        WithRetriesAsync(conversationId, () => TryAppendAsync(conversationId, activity, rules, cancellationToken), cancellationToken);

    private async Task<DirectLineAppendResult?> TryAppendAsync(string conversationId, JsonObject activity, DirectLineAppendRules rules, CancellationToken cancellationToken)
    {
        var header = await ReadHeaderAsync(conversationId, cancellationToken);
        if (header is null || ReadHeader(conversationId, header).Ended)
        {
            return null;
        }
        var pages = await ReadPagesAsync(conversationId, header, 0, cancellationToken);
        (int Index, JsonObject Activity)? last = null;
        foreach (var logged in Logged(pages))
        {
            if (rules.ClientActivityId is not null && IsFromUser(logged.Activity) && ClientActivityId(logged.Activity) == rules.ClientActivityId)
            {
                return AlreadyLogged(logged);
            }
            last = logged;
        }

        // The header's count is the sequencer; a header from before it kept one continues after the last activity found.
        var count = LoggedCount(header) ?? (last?.Index + 1 ?? 0);
        if (rules.UnlessLastText is not null && last is { } previous
            && previous.Activity["text"] is JsonValue lastText && lastText.TryGetValue<string>(out var said) && said == rules.UnlessLastText)
        {
            return AlreadyLogged(previous);
        }
        if (count >= rules.MaxActivities)
        {
            return new DirectLineAppendResult(string.Empty, count, DateTimeOffset.MinValue, Duplicate: false) { Full = true };
        }

        var timestamp = NextTimestamp(last is { } before ? ParseTimestamp(before.Activity) : null);
        var id = ActivityId(conversationId, count);
        var stored = activity.DeepClone().AsObject();
        stored["id"] = id;
        stored["timestamp"] = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        var pageNumber = count / PageSize;
        var target = pages.FirstOrDefault(p => p.Number == pageNumber).Page ?? new JsonObject { ["activities"] = new JsonArray() };
        target["activities"]!.AsArray().Add(stored);
        header[CountProperty] = count + 1;
        await WriteLogAsync(conversationId, header, [(PageKey(conversationId, pageNumber), target)], cancellationToken);

        activity["id"] = id;
        activity["timestamp"] = stored["timestamp"]!.DeepClone();
        return new DirectLineAppendResult(id, count, timestamp, Duplicate: false);
    }

    /// <summary>
    /// Erases what was said in the conversation so far: every logged activity becomes an empty
    /// <c>crampbot/erased</c> event (Web Chat does not render events). Ids, timestamps and watermarks stay, so
    /// connected clients and resumed ones keep their place; the client activity id stays, so a late redelivery of an
    /// erased message is still recognised and not processed again.
    /// </summary>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) =>
        WithRetriesAsync(conversationId, async () =>
        {
            var header = await ReadHeaderAsync(conversationId, cancellationToken);
            if (header is null)
            {
                return true;
            }
            var pages = await ReadPagesAsync(conversationId, header, 0, cancellationToken);
            foreach (var (_, _, page) in pages)
            {
                page["activities"] = new JsonArray([.. Activities(page).Select(Erased)]);
            }
            await WriteLogAsync(conversationId, header, [.. pages.Select(p => (p.Key, p.Page))], cancellationToken);
            return true;
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

    private async Task<JsonObject?> ReadHeaderAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = HeaderKey(conversationId);
        var documents = await storage.ReadAsync([key], cancellationToken);
        return documents.TryGetValue(key, out var header) ? header : null;
    }

    // The pages from firstPage to the one the header's count ends in, in one read; missing (expired) pages are left out.
    // A header written before it kept a count (an older version of this store) has its pages found by scanning.
    private async Task<List<(int Number, string Key, JsonObject Page)>> ReadPagesAsync(string conversationId, JsonObject header, int firstPage, CancellationToken cancellationToken)
    {
        if (LoggedCount(header) is not { } count)
        {
            return await ScanPagesAsync(conversationId, firstPage, cancellationToken);
        }
        var numbers = Enumerable.Range(firstPage, Math.Max(0, count / PageSize - firstPage + 1)).ToList();
        var documents = await storage.ReadAsync([.. numbers.Select(number => PageKey(conversationId, number))], cancellationToken);
        return [.. numbers
            .Select(number => (Number: number, Key: PageKey(conversationId, number)))
            .Where(page => documents.ContainsKey(page.Key))
            .Select(page => (page.Number, page.Key, documents[page.Key]))];
    }

    // Reads pages from firstPage on, several keys per storage call, up to the first missing or not-full page.
    private async Task<List<(int Number, string Key, JsonObject Page)>> ScanPagesAsync(string conversationId, int firstPage, CancellationToken cancellationToken)
    {
        var pages = new List<(int, string, JsonObject)>();
        for (var start = firstPage; ; start += PagesPerRead)
        {
            var numbers = Enumerable.Range(start, PagesPerRead).ToArray();
            var documents = await storage.ReadAsync([.. numbers.Select(number => PageKey(conversationId, number))], cancellationToken);
            foreach (var number in numbers)
            {
                var key = PageKey(conversationId, number);
                if (!documents.TryGetValue(key, out var page))
                {
                    return pages;
                }
                pages.Add((number, key, page));
                if (Activities(page).Count() < PageSize)
                {
                    return pages;
                }
            }
        }
    }

    // The header first, with its eTag: a second writer of the same conversation fails here before it writes a page.
    private Task WriteLogAsync(string conversationId, JsonObject header, IEnumerable<(string Key, JsonObject Page)> pages, CancellationToken cancellationToken)
    {
        var retention = options.Value.LogRetention;
        var batch = new Dictionary<string, JsonObject>(StringComparer.Ordinal) { [HeaderKey(conversationId)] = header };
        StoreItem.SetTimeToLive(header, retention);
        foreach (var (key, page) in pages)
        {
            StoreItem.SetTimeToLive(page, retention);
            batch[key] = page;
        }
        return storage.WriteAsync(batch, cancellationToken);
    }

    // Serialised in-process; a conflict with another instance's write is redone on fresh data.
    private Task<T> WithRetriesAsync<T>(string conversationId, Func<Task<T>> action, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await action();
                }
                catch (StorageConflictException) when (attempt < ConflictRetries)
                {
                    // Another instance changed the conversation first: read again and redo the change on its data,
                    // after a short random pause so two instances appending in turn do not keep colliding.
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                }
            }
        }, cancellationToken);

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

    private static int? LoggedCount(JsonObject header) =>
        header[CountProperty] is JsonValue value && value.TryGetValue<int>(out var count) && count >= 0 ? count : null;

    private static IEnumerable<JsonObject> Activities(JsonObject page) =>
        page["activities"] is JsonArray array ? array.OfType<JsonObject>() : [];

    // Each logged activity with its index in the log: where it sits, page number × PageSize + its place in the page.
    private static IEnumerable<(int Index, JsonObject Activity)> Logged(IEnumerable<(int Number, string Key, JsonObject Page)> pages) =>
        pages.SelectMany(page => Activities(page.Page).Select((activity, place) => (page.Number * PageSize + place, activity)));

    private static DirectLineAppendResult AlreadyLogged((int Index, JsonObject Activity) logged) =>
        new((string)logged.Activity["id"]!, logged.Index, ParseTimestamp(logged.Activity) ?? DateTimeOffset.MinValue, Duplicate: true);

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
