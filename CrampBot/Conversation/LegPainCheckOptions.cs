namespace CrampBot.Conversation;

/// <summary>What the patient already said when the leg pain check starts.</summary>
/// <param name="Swelling">"yes", "no" or "notSure" when the first message said; null to ask.</param>
public sealed record LegPainCheckOptions(string? Swelling);
