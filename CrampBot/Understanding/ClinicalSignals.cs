namespace CrampBot.Understanding;

/// <summary>What a message says about the patient's body.</summary>
/// <param name="LegPain">
/// Pain, ache, hurting or soreness in the leg (or pain with no other body part named); also a red, hot, heavy or tight
/// leg, and a patient saying they think they have a clot: each deserves the leg pain check.
/// </param>
/// <param name="Swelling">Swelling of the leg, negation-aware.</param>
/// <param name="Emergency">Emergency symptoms, negation-aware.</param>
/// <param name="IsGeneralQuestion">
/// A question about leg pain in general ("what causes calf pain?") rather than a report about the patient
/// ("my calf hurts"): leg pain and swelling in a general question raise no red flag, emergency symptoms always do.
/// </param>
public sealed record ClinicalSignals(bool LegPain, SwellingStatus Swelling, EmergencySymptoms Emergency, bool IsGeneralQuestion)
{
    public static readonly ClinicalSignals None = new(false, SwellingStatus.NotMentioned, EmergencySymptoms.None, false);

    public bool HasEmergency => Emergency != EmergencySymptoms.None;
}
