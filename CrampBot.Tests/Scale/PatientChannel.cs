using System.Net.Http.Json;
using CrampBot.Tests.Connector;

namespace CrampBot.Tests.Scale;

/// <summary>
/// The channel side of conversations with several CrampBot processes, as Teams would run them behind a load balancer:
/// activities are POSTed to an instance with a <c>serviceUrl</c> of a <see cref="FakeConnector"/>, and the bot's
/// replies arrive at that connector while the turn is still running (before the POST's response). A patient who
/// answers as soon as the question shows can therefore reach another instance before the first one saved.
/// </summary>
internal sealed class PatientChannel(FakeConnector connector)
{
    /// <summary>The activity of <paramref name="step"/> in conversation <paramref name="conversationId"/>, with a fresh id.</summary>
    public Activity NewActivity(string conversationId, ScriptStep step)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"act-{Guid.NewGuid():N}",
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = "test",
            ServiceUrl = connector.ServiceUrl,
            From = new ChannelAccount { Id = "user-" + conversationId, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "crampbot", Name = "CrampBot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = "en-GB",
        };
        step.Shape(activity);
        return activity;
    }

    private int _unavailable;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _refused = new();

    /// <summary>How many deliveries were answered 503 and delivered again.</summary>
    public int Unavailable => Volatile.Read(ref _unavailable);

    /// <summary>True when a delivery of the activity was answered 503 (and delivered again).</summary>
    public bool WasRefused(string activityId) => _refused.ContainsKey(activityId);

    /// <summary>
    /// POSTs <paramref name="activity"/> to an instance, delivering it again after a 503 as a channel does (at once:
    /// the instance itself waited before refusing); ends with the HTTP status (0 when the connection failed).
    /// </summary>
    public async Task<HttpStatusCode> PostAsync(HttpClient instance, Activity activity, CancellationToken cancellationToken)
    {
        while (true)
        {
            HttpStatusCode status;
            try
            {
                using var response = await instance.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options, cancellationToken);
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return 0;
            }
            if (status != HttpStatusCode.ServiceUnavailable)
            {
                return status;
            }
            Interlocked.Increment(ref _unavailable);
            _refused[activity.Id!] = true;
        }
    }

    /// <summary>The messages the bot sent in answer to <paramref name="activityId"/>, in arrival order.</summary>
    public IReadOnlyList<Activity> RepliesTo(string activityId) =>
        [.. connector.Activities.Where(a => a.IsType(ActivityTypes.Message) && a.ReplyToId == activityId)];

    /// <summary>
    /// Waits until <paramref name="count"/> messages answered <paramref name="activityId"/> or <paramref name="post"/>
    /// ended (its turn is over, so no more will come), whichever is first.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForRepliesAsync(string activityId, int count, Task post, CancellationToken cancellationToken)
    {
        while (RepliesTo(activityId).Count < count && !post.IsCompleted)
        {
            await Task.Delay(10, cancellationToken);
        }
        return RepliesTo(activityId);
    }
}
