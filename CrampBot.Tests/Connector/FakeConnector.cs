using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CrampBot.Tests.Connector;

/// <summary>
/// A real Bot Connector stand-in on Kestrel (127.0.0.1, random port) that enforces what the Teams playground's
/// connector was seen to enforce (shared/notes/teams-playground.md, section 3): the path must keep <c>/_connector</c>
/// and have no empty segment (else 404), <c>type</c> must be message/typing (trace → 202 ignored, others → 400),
/// a message needs non-empty text or an attachment (400 BadSyntax), textFormat must be plain/markdown/xml (400).
/// Messages get 201 <c>{"id":"n"}</c>, typing gets 202 with an empty body. Every request is recorded.
/// </summary>
/// <example><code>
/// await using var connector = await FakeConnector.StartAsync();
/// activity.ServiceUrl = connector.ServiceUrl;
/// // ... run the bot ...
/// var replies = await connector.WaitForActivitiesAsync(2);
/// </code></example>
public sealed class FakeConnector : IAsyncDisposable
{
    /// <summary>The path the playground's serviceUrl carries; requests outside it get 404.</summary>
    public const string PathBase = "/_connector";

    private const string ConversationsPrefix = PathBase + "/v3/conversations/";
    private static readonly string[] TextFormats = ["plain", "markdown", "xml"];

    private readonly object _gate = new();
    private readonly List<FakeConnectorRequest> _received = [];
    private readonly List<Activity> _activities = [];
    private readonly List<(int Count, TaskCompletionSource<IReadOnlyList<Activity>> Done)> _waiters = [];
    private readonly Queue<(HttpStatusCode Status, TimeSpan? RetryAfter)> _failures = new();
    private HashSet<string>? _knownConversations;
    private int _stallNext;
    private int _lastId;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;

    private FakeConnector()
    {
    }

    /// <summary><c>http://127.0.0.1:{port}/_connector</c>: no trailing slash, like the playground's.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every request so far, accepted or not, in arrival order.</summary>
    public IReadOnlyList<FakeConnectorRequest> Received
    {
        get { lock (_gate) { return [.. _received]; } }
    }

    /// <summary>The activities accepted so far (201/202 message or typing; trace is ignored like the playground does).</summary>
    public IReadOnlyList<Activity> Activities
    {
        get { lock (_gate) { return [.. _activities]; } }
    }

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = LoopbackApp.CreateBuilder();
        var connector = new FakeConnector();
        var app = builder.Build();
        app.Run(connector.HandleAsync);
        await app.StartAsync(cancellationToken);
        connector._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = address.TrimEnd('/') + PathBase;
        return connector;
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests with <paramref name="status"/> (e.g. 429 or 503), with a
    /// <c>Retry-After</c> of whole seconds when <paramref name="retryAfter"/> is given. Calls add up.
    /// </summary>
    public void FailNext(int count, HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _failures.Enqueue((status, retryAfter));
            }
        }
    }

    /// <summary>
    /// Holds the next <paramref name="count"/> requests unanswered until the client gives up on them (its attempt
    /// timeout) or the fake stops. They are recorded with status 0.
    /// </summary>
    public void StallNext(int count)
    {
        lock (_gate)
        {
            _stallNext += count;
        }
    }

    /// <summary>From now on, only these conversation ids exist; others get 404 ConversationNotFound, as in the playground.</summary>
    public void OnlyConversations(params string[] conversationIds)
    {
        lock (_gate)
        {
            _knownConversations = new HashSet<string>(conversationIds, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Completes once at least <paramref name="count"/> activities were accepted, with the first <paramref name="count"/>.
    /// Without a token a 30 s guard applies, so a bot that never sends fails the test instead of hanging it.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<IReadOnlyList<Activity>> done;
        lock (_gate)
        {
            if (_activities.Count >= count)
            {
                return _activities.Take(count).ToArray();
            }
            done = new TaskCompletionSource<IReadOnlyList<Activity>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
        }
        using var guard = cancellationToken.CanBeCanceled ? null : new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var token = guard?.Token ?? cancellationToken;
        await using var registration = token.Register(() => done.TrySetException(new TimeoutException(
            $"The fake connector received {Activities.Count} of {count} expected activities.")));
        return await done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var (conversationId, activityId) = ParsePath(http.Request.Method, rawTarget);
        var json = ParseObject(body);
        var activity = json?.Deserialize<Activity>(ProtocolJson.Options);

        if (TakeStall())
        {
            Record(new(http.Request.Method, rawTarget, headers, body, 0, conversationId, activityId, activity), accepted: false);
            // Released when the client aborts the attempt or the fake stops; no answer is ever written.
            using var released = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, released.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var (status, error, retryAfter) = Judge(conversationId, http.Request.ContentType, json);
        var accepted = error is null && (status == StatusCodes.Status201Created || activity?.IsType(ActivityTypes.Typing) == true);
        var id = status == StatusCodes.Status201Created ? Interlocked.Increment(ref _lastId).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        Record(new(http.Request.Method, rawTarget, headers, body, status, conversationId, activityId, activity), accepted);

        http.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((long)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (error is not null)
        {
            await http.Response.WriteAsJsonAsync(new { error = new { code = error.Value.Code, message = error.Value.Message } });
        }
        else if (id is not null)
        {
            await http.Response.WriteAsJsonAsync(new { id });
        }
    }

    private (int Status, (string Code, string Message)? Error, TimeSpan? RetryAfter) Judge(string? conversationId, string? contentType, JsonObject? json)
    {
        lock (_gate)
        {
            if (_failures.TryDequeue(out var failure))
            {
                return ((int)failure.Status, ("Injected", "Failure injected by the test."), failure.RetryAfter);
            }
            if (conversationId is null)
            {
                return (404, ("NotFound", "No such route."), null);
            }
            if (_knownConversations is not null && !_knownConversations.Contains(conversationId))
            {
                return (404, ("ConversationNotFound", "Conversation not found."), null);
            }
        }
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || json is null)
        {
            return (400, ("BadSyntax", "Body must be a JSON object."), null);
        }
        var type = json["type"] is JsonValue t && t.TryGetValue<string>(out var typeText) ? typeText : null;
        switch (type)
        {
            case ActivityTypes.Trace:
                return (202, null, null);
            case ActivityTypes.Typing:
            case ActivityTypes.Message:
                break;
            default:
                return (400, ("BadArgument", "Unknown activity type."), null);
        }
        if (json["textFormat"] is { } format && !(format is JsonValue f && f.TryGetValue<string>(out var formatText) && TextFormats.Contains(formatText)))
        {
            return (400, ("BadArgument", "Invalid textFormat."), null);
        }
        if (type == ActivityTypes.Typing)
        {
            return (202, null, null);
        }
        var hasText = json["text"] is JsonValue text && text.TryGetValue<string>(out var textValue) && textValue.Length > 0;
        var hasAttachment = json["attachments"] is JsonArray { Count: > 0 };
        return hasText || hasAttachment
            ? (201, null, null)
            : (400, ("BadSyntax", "Activity must include non empty 'text' field or at least 1 attachment"), null);
    }

    /// <summary>
    /// The decoded ids of <c>POST /_connector/v3/conversations/{id}/activities[/{activityId}]</c>, or nulls when the
    /// path is anything else: a dropped <c>/_connector</c>, an empty segment (<c>//</c>), another method.
    /// </summary>
    private static (string? ConversationId, string? ActivityId) ParsePath(string method, string rawTarget)
    {
        var path = rawTarget.Split('?', 2)[0];
        if (!HttpMethods.IsPost(method) || !path.StartsWith(ConversationsPrefix, StringComparison.Ordinal))
        {
            return (null, null);
        }
        var segments = path[ConversationsPrefix.Length..].Split('/');
        if (segments.Length is < 2 or > 3 || segments.Any(s => s.Length == 0) || segments[1] != "activities")
        {
            return (null, null);
        }
        return (Uri.UnescapeDataString(segments[0]), segments.Length == 3 ? Uri.UnescapeDataString(segments[2]) : null);
    }

    private static JsonObject? ParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private bool TakeStall()
    {
        lock (_gate)
        {
            if (_stallNext == 0)
            {
                return false;
            }
            _stallNext--;
            return true;
        }
    }

    private void Record(FakeConnectorRequest request, bool accepted)
    {
        lock (_gate)
        {
            _received.Add(request);
            if (!accepted || request.Activity is null)
            {
                return;
            }
            _activities.Add(request.Activity);
            foreach (var waiter in _waiters.Where(w => _activities.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(_activities.Take(waiter.Count).ToArray());
            }
        }
    }
}
