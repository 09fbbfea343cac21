namespace CrampBot.Understanding;

/// <summary>
/// The red-flag rule, applied to every message before any dialog continues. The costs are not symmetric: a missed
/// emergency can kill, an unneeded "call 999 now" costs one sentence.
/// <list type="bullet">
/// <item>Any emergency sign that is not a plain denial → <see cref="RedFlag.Emergency"/>, whether or not a leg is
/// mentioned and even inside a general question (NHS chest pain, shortness of breath, coughing up blood and pulmonary
/// embolism guidance; see the content's safety rules and signs).</item>
/// <item>Any DVT sign that is not a plain denial, about a person → <see cref="RedFlag.DvtSign"/> (same-day care);
/// leg pain alone → <see cref="RedFlag.LegPain"/>. A general question ("does a DVT cause swelling?") raises
/// neither: it is answered, with the safety-net line.</item>
/// </list>
/// </summary>
public static class RedFlags
{
    public static RedFlag Evaluate(ClinicalSignals signals)
    {
        if (signals.HasEmergency)
        {
            return RedFlag.Emergency;
        }

        if (signals.IsGeneralQuestion)
        {
            return RedFlag.None;
        }

        if (signals.HasDvtSign)
        {
            return RedFlag.DvtSign;
        }

        return signals.LegPain ? RedFlag.LegPain : RedFlag.None;
    }
}
