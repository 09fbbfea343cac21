using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrampBot.Protocol;

namespace CrampBot.TestKit;

/// <summary>
/// A conversation with the bot through the real <c>POST /api/messages</c> pipeline, replies returned in the HTTP
/// body (deliveryMode expectReplies). Mutable and awaited step by step; disposing it fails the test when a reply was
/// left unasserted.
/// </summary>
public sealed class Transcript(HttpClient client, string channelId, string conversationId, string userId) : IAsyncDisposable
{
    private readonly List<TurnReplies> _turns = [];
    private int _sequence;

    public string ChannelId => channelId;
    public string ConversationId => conversationId;
    public string UserId => userId;
    public ChannelAccount User { get; } = new() { Id = userId, Name = "", Role = RoleTypes.User };
    public ChannelAccount Bot { get; } = new() { Id = "crampbot", Name = "CrampBot", Role = RoleTypes.Bot };

    /// <summary>Extra conversation fields (e.g. conversationType for Teams group chats).</summary>
    public Action<ConversationAccount>? ShapeConversation { get; set; }

    /// <summary>Sends a typed message.</summary>
    public Task<TurnReplies> Send(string text) => Send(NewActivity(ActivityTypes.Message, a => a.Text = text), $"\"{text}\"");

    /// <summary>Sends a card tap as Web Chat does: a message with <c>value</c> and no text.</summary>
    public Task<TurnReplies> Tap(JsonNode value) => Send(NewActivity(ActivityTypes.Message, a => a.Value = value), $"tap {value.ToJsonString()}");

    /// <summary>Sends the conversationUpdate a channel sends when the user joins.</summary>
    public Task<TurnReplies> Join() => Send(
        NewActivity(ActivityTypes.ConversationUpdate, a => a.MembersAdded = [User]), "conversationUpdate");

    /// <summary>Sends any activity (filled with this conversation's addressing) and collects the replies.</summary>
    public async Task<TurnReplies> Send(Activity activity, string? description = null)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        var replies = (body?.Activities ?? []).Where(a => !a.IsType(ActivityTypes.Typing)).ToList();
        var turn = new TurnReplies(replies, description ?? $"a {activity.Type} activity");
        lock (_turns)
        {
            _turns.Add(turn);
        }
        return turn;
    }

    /// <summary>Builds an activity from the user in this conversation.</summary>
    public Activity NewActivity(string type, Action<Activity>? shape = null)
    {
        var conversation = new ConversationAccount { Id = conversationId };
        ShapeConversation?.Invoke(conversation);
        var activity = new Activity
        {
            Type = type,
            // Unique across transcripts: a resumed conversation must not look like a redelivery to deduplication.
            Id = $"act-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}",
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = channelId,
            ServiceUrl = "http://127.0.0.1:1/unused",
            From = User,
            Recipient = Bot,
            Conversation = conversation,
            Locale = "en-GB",
        };
        shape?.Invoke(activity);
        return activity;
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        var forgotten = _turns.Where(t => t.Unasserted > 0).ToList();
        Assert.True(forgotten.Count == 0, "Replies never asserted: " + string.Join("; ", forgotten.Select(t => $"after {t.SentDescription}: {t.Describe(t.All.Count - t.Unasserted)}")));
        return ValueTask.CompletedTask;
    }
}
