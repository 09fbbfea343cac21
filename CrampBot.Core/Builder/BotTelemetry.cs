using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrampBot.Builder;

/// <summary>
/// The turn pipeline's traces and metrics: a <c>bot.turn</c> span per turn, <c>crampbot.turns</c> (by channel and
/// activity type), <c>crampbot.turn.duration</c> (seconds, by channel) and <c>crampbot.turn.errors</c> (by channel and
/// exception type). Tags hold ids hashed (<see cref="LogIds"/>) and never a word of the activity.
/// </summary>
public sealed class BotTelemetry(IMeterFactory meters)
{
    /// <summary>The name of the meter and of the activity source, for exporters to listen to.</summary>
    public const string Name = "CrampBot.Bot";

    private static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _turns = meters.CreateCounter(Name, "crampbot.turns", unit: "{turn}", description: "Turns processed, by channel and activity type.");
    private readonly Histogram<double> _duration = meters.CreateHistogram(Name, "crampbot.turn.duration", unit: "s", description: "Time a turn took, from its start to its last reply, by channel.");
    private readonly Counter<long> _errors = meters.CreateCounter(Name, "crampbot.turn.errors", unit: "{turn}", description: "Turns that failed, by channel and exception type.");

    /// <summary>Starts the turn's span (null when nobody listens).</summary>
    public static System.Diagnostics.Activity? StartTurn(Protocol.Activity activity)
    {
        var span = Source.StartActivity("bot.turn");
        span?.SetTag("crampbot.channel", activity.ChannelId);
        span?.SetTag("crampbot.activity.type", activity.Type);
        span?.SetTag("crampbot.conversation", LogIds.Hash(activity.Conversation?.Id));
        return span;
    }

    /// <summary>Counts a finished turn and its duration.</summary>
    public void TurnDone(Protocol.Activity activity, TimeSpan elapsed)
    {
        var channel = new KeyValuePair<string, object?>("channel", activity.ChannelId);
        _turns.Add(1, channel, new KeyValuePair<string, object?>("activity.type", activity.Type));
        _duration.Record(elapsed.TotalSeconds, channel);
    }

    /// <summary>Counts a failed turn and marks its span as failed.</summary>
    public void TurnFailed(Protocol.Activity activity, Exception exception)
    {
        _errors.Add(1, new KeyValuePair<string, object?>("channel", activity.ChannelId), new KeyValuePair<string, object?>("exception.type", exception.GetType().FullName));
        System.Diagnostics.Activity.Current?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }
}
