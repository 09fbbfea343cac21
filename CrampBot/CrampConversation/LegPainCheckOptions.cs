using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>What the patient already said when the leg pain check starts.</summary>
/// <param name="Swelling">The swelling answer the first message gave ("my calf hurts, no swelling"); None to ask.</param>
public sealed record LegPainCheckOptions(YesNoAnswer Swelling);
