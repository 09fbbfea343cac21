using CrampBot.Protocol;

namespace CrampBot.Builder;

/// <summary>
/// One turn of a conversation: the incoming activity, a way to send replies, and per-turn state
/// (<see cref="TurnState"/>) shared by the middleware, the state objects and the dialogs.
/// </summary>
public sealed class TurnContext
{
    private readonly SendActivitiesHandler _send;

    // Middleware (the typing indicator) may send while the bot sends; replies must leave in order, one batch at a time.
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    private readonly List<Func<IReadOnlyList<Activity>, IReadOnlyList<Activity>>> _sendTransforms = [];

    public TurnContext(Activity activity, SendActivitiesHandler send)
    {
        Activity = activity;
        _send = send;
    }

    /// <summary>The activity that started this turn.</summary>
    public Activity Activity { get; }

    /// <summary>True once the bot sent at least one message in this turn.</summary>
    public bool Responded { get; private set; }

    /// <summary>Per-turn values keyed by name: cached bot state, services, flags.</summary>
    public Dictionary<string, object> TurnState { get; } = new(StringComparer.Ordinal);

    /// <summary>The answer to an <c>invoke</c> activity, returned in the HTTP response body.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Adds a transform applied to every batch of outgoing activities of this turn, after addressing and before the
    /// send handler, in the order added. It may split, drop or replace activities (Teams splits long messages and
    /// moves a card into an invoke response). An empty result sends nothing.
    /// </summary>
    public TurnContext OnSendActivities(Func<IReadOnlyList<Activity>, IReadOnlyList<Activity>> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        _sendTransforms.Add(transform);
        return this;
    }

    /// <summary>Sends a plain-text message.</summary>
    public Task<ResourceResponse> SendActivityAsync(string text, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        var reply = Activity.CreateReply(text);
        reply.InputHint = inputHint;
        return SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>Sends one activity.</summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(string.Empty);
    }

    /// <summary>
    /// Sends activities in order; missing addressing fields are filled from the incoming activity. With send
    /// transforms (<see cref="OnSendActivities"/>) the responses are those of the activities actually sent.
    /// </summary>
    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count == 0)
        {
            return [];
        }
        foreach (var activity in activities)
        {
            ApplyAddressing(activity);
        }
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            // Inside the gate, so transforms never run concurrently (the typing indicator sends from another task).
            var outgoing = _sendTransforms.Aggregate(activities, (batch, transform) => transform(batch));
            // The bot answered even when a transform held its message back (e.g. a card for an invoke response).
            var responses = outgoing.Count == 0 ? [] : await _send(this, outgoing, cancellationToken);
            if (activities.Any(a => a.IsType(ActivityTypes.Message)))
            {
                Responded = true;
            }
            return responses;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private void ApplyAddressing(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.ServiceUrl ??= template.ServiceUrl;
        outgoing.Locale ??= template.Locale;
        outgoing.ReplyToId ??= template.ReplyToId;
        outgoing.Timestamp ??= DateTimeOffset.UtcNow;
        if (outgoing.IsType(ActivityTypes.Message))
        {
            outgoing.InputHint ??= InputHints.AcceptingInput;
        }
    }
}
