using System.Diagnostics.Metrics;
using CrampBot.Builder;
using CrampBot.Content;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>
/// What the cramp conversation concluded, as metrics: <c>crampbot.triage.outcomes</c> (by level),
/// <c>crampbot.red_flags</c> (by kind) and <c>crampbot.questions.not_understood</c> (by the reply given). Counts only:
/// never the patient's words.
/// </summary>
public sealed class TriageTelemetry(IMeterFactory meters)
{
    /// <summary>The meter's name, for exporters to listen to.</summary>
    public const string MeterName = "CrampBot.Clinic";

    private readonly Counter<long> _outcomes = meters.CreateCounter(MeterName, "crampbot.triage.outcomes", unit: "{outcome}", description: "Triage outcomes given, by level.");
    private readonly Counter<long> _redFlags = meters.CreateCounter(MeterName, "crampbot.red_flags", unit: "{message}", description: "Messages in which a red flag was recognised, by kind.");
    private readonly Counter<long> _notUnderstood = meters.CreateCounter(MeterName, "crampbot.questions.not_understood", unit: "{message}", description: "Messages the bot could not answer, by the reply given (talk_to_doctor, did_you_mean).");

    public void OutcomeGiven(TriageLevel level) => _outcomes.Add(1, new KeyValuePair<string, object?>("level", level.ToString()));

    public void RedFlagRaised(RedFlag kind) => _redFlags.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void NotUnderstood(string reply) => _notUnderstood.Add(1, new KeyValuePair<string, object?>("reply", reply));
}
