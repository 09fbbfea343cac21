namespace CrampBot.Understanding;

/// <summary>
/// The red-flag rule, applied to every message before any dialog continues.
/// <list type="bullet">
/// <item>Any emergency symptom → <see cref="RedFlag.Emergency"/>, whether or not a leg is mentioned and even inside a
/// general question: a text bot cannot assess chest pain or breathlessness, a clot on the lung can come without leg
/// symptoms, and sending someone to help they did not need is the safe way to be wrong (NHS chest pain, shortness of
/// breath and pulmonary embolism guidance; see the content's safety rules).</item>
/// <item>Leg swelling (with or without pain), or leg pain with "not sure" about swelling →
/// <see cref="RedFlag.LegPainWithSwelling"/>; leg pain alone → <see cref="RedFlag.LegPain"/>. Both only for reports
/// about a person, not for general questions such as "what causes calf pain?", which the topics answer.</item>
/// </list>
/// </summary>
public static class RedFlags
{
    public static RedFlag Evaluate(ClinicalSignals signals)
    {
        if (signals.HasEmergency) return RedFlag.Emergency;
        if (signals.IsGeneralQuestion) return RedFlag.None;
        if (signals.Swelling == SwellingStatus.Present) return RedFlag.LegPainWithSwelling;
        if (signals.LegPain && signals.Swelling == SwellingStatus.NotSure) return RedFlag.LegPainWithSwelling;
        return signals.LegPain ? RedFlag.LegPain : RedFlag.None;
    }
}
