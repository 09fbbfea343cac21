namespace CrampBot.Understanding;

/// <summary>What a message says about the patient's body.</summary>
/// <param name="LegPain">
/// Pain, ache, hurting or soreness in the leg (or pain with no other body part named); also a heavy, tight or hard
/// leg, and a patient saying they think they have a clot: each deserves the leg pain check.
/// </param>
/// <param name="Swelling">Is the leg swollen, as the message says: Yes unless plainly denied (No), NotSure when hedged, None when not mentioned.</param>
/// <param name="Emergency">Emergency signs that are not plainly denied.</param>
/// <param name="IsGeneralQuestion">
/// A question about leg pain in general ("what causes calf pain?") rather than about a person ("my calf hurts",
/// "what if your calf is swollen?", "my husband's leg is red"): leg signs in a general question start no check,
/// emergency signs always count.
/// </param>
public sealed record ClinicalSignals(bool LegPain, YesNoAnswer Swelling, EmergencySymptoms Emergency, bool IsGeneralQuestion)
{
    public static readonly ClinicalSignals None = new(false, YesNoAnswer.None, EmergencySymptoms.None, false);

    /// <summary>DVT signs besides swelling, where the message shows they are about the leg.</summary>
    public DvtSigns DvtSigns { get; init; }

    /// <summary>
    /// DVT signs besides swelling, read as an answer to a question about the leg: "it's red and hot" needs no leg word
    /// when the leg pain check has just asked.
    /// </summary>
    public DvtSigns DvtSignsIfAboutTheLeg { get; init; }

    public bool HasEmergency => Emergency != EmergencySymptoms.None;

    /// <summary>Swelling present or not sure, or another DVT sign: the same-day rule applies.</summary>
    public bool HasDvtSign => Swelling is YesNoAnswer.Yes or YesNoAnswer.NotSure || DvtSigns != DvtSigns.None;
}
