using System.Text.Json.Nodes;
using CrampBot.Storage;
using Microsoft.Extensions.Logging;

namespace CrampBot.Builder;

/// <summary>
/// Gives exactly one answer per activity: a channel that redelivers an activity (Teams retries a request that took
/// over 15 s) finds its id already recorded and the turn is skipped. Ids are recorded before the turn runs, so a
/// retry that arrives while the first delivery is still running is skipped too. The record lives in storage, not in
/// memory, so it holds across restarts and across instances (a concurrent write is an eTag conflict: a duplicate).
/// </summary>
public sealed partial class DeduplicationMiddleware(IStorage storage, ILogger<DeduplicationMiddleware> logger) : IMiddleware
{
    /// <summary>How many recent activity ids are remembered per conversation.</summary>
    public const int RememberedIds = 64;

    private const string IdsProperty = "ids";

    public async Task OnTurnAsync(TurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!string.IsNullOrEmpty(activity.Id) && await IsDuplicateAsync(activity.ChannelId, activity.Conversation?.Id, activity.Id, cancellationToken))
        {
            LogDuplicate(LogIds.Hash(activity.Id)!, LogIds.Hash(activity.Conversation?.Id));
            return;
        }
        await next(cancellationToken);
    }

    private async Task<bool> IsDuplicateAsync(string? channelId, string? conversationId, string activityId, CancellationToken cancellationToken)
    {
        var key = $"{channelId}/activity-ids/{conversationId}";
        var stored = await storage.ReadAsync([key], cancellationToken);
        var document = stored.TryGetValue(key, out var existing) ? existing : new JsonObject();
        var ids = document[IdsProperty] as JsonArray ?? [];
        if (ids.Any(id => id?.GetValue<string>() == activityId))
        {
            return true;
        }
        ids.Add(activityId);
        while (ids.Count > RememberedIds)
        {
            ids.RemoveAt(0);
        }
        document[IdsProperty] = ids.DeepClone();
        try
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = document }, cancellationToken);
            return false;
        }
        catch (StorageConflictException)
        {
            // Another instance recorded an activity of this conversation at the same moment; read again to decide.
            var fresh = await storage.ReadAsync([key], cancellationToken);
            return fresh.TryGetValue(key, out var now) && now[IdsProperty] is JsonArray nowIds && nowIds.Any(id => id?.GetValue<string>() == activityId);
        }
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Duplicate activity {ActivityId} in conversation {ConversationId} ignored")]
    private partial void LogDuplicate(string activityId, string? conversationId);
}
