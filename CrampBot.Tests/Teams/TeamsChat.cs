using System.Net.Http.Json;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Teams;

/// <summary>
/// Teams traffic replayed through the real app with normal delivery: each activity is POSTed to /api/messages with
/// its serviceUrl pointed at a <see cref="FakeConnector"/> (which enforces the playground connector's rules), and the
/// replies are the messages the connector accepted during that POST. Any request the connector refused fails the
/// test, and disposing fails it when a reply was left unasserted, as with <see cref="Transcript"/>.
/// </summary>
internal sealed class TeamsChat(HttpClient client, FakeConnector connector, bool trailingSlash = false) : IAsyncDisposable
{
    private readonly List<TurnReplies> _turns = [];

    /// <summary>The serviceUrl the replayed activities carry (real Teams has a trailing slash, the playground none).</summary>
    public string ServiceUrl => connector.ServiceUrl + (trailingSlash ? "/" : string.Empty);

    /// <summary>POSTs <paramref name="activity"/> and returns the messages the bot posted in answer.</summary>
    public async Task<TurnReplies> Send(Activity activity, string? description = null) => (await Post(activity, description, HttpStatusCode.OK)).Replies;

    /// <summary>POSTs an invoke and returns the HTTP body (the invoke response) and the messages posted during it.</summary>
    public async Task<(TurnReplies Replies, JsonObject? Body)> Invoke(Activity activity, string? description = null) =>
        await Post(activity, description, HttpStatusCode.OK);

    /// <summary>POSTs <paramref name="activity"/> expecting <paramref name="status"/>.</summary>
    public async Task<(TurnReplies Replies, JsonObject? Body)> Post(Activity activity, string? description, HttpStatusCode status)
    {
        activity.ServiceUrl = ServiceUrl;
        var before = connector.Received.Count;
        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"POST /api/messages answered {(int)response.StatusCode} (expected {(int)status}): {text}");

        var requests = connector.Received.Skip(before).ToList();
        var refused = requests.Where(r => r.StatusCode is not (201 or 202)).ToList();
        Assert.True(refused.Count == 0, "The connector refused: " + string.Join("; ", refused.Select(r => $"{r.StatusCode} {r.Method} {r.RawTarget} {r.Body}")));
        var replies = requests.Select(r => r.Activity!).Where(a => a.IsType(ActivityTypes.Message)).ToList();
        var turn = new TurnReplies(replies, description ?? $"{activity.Type} {activity.Id}");
        _turns.Add(turn);
        return (turn, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null);
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        var forgotten = _turns.Where(t => t.Unasserted > 0).ToList();
        Assert.True(forgotten.Count == 0, "Replies never asserted: " + string.Join("; ", forgotten.Select(t => $"after {t.SentDescription}: {t.Describe(t.All.Count - t.Unasserted)}")));
        return ValueTask.CompletedTask;
    }
}
