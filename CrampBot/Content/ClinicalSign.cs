namespace CrampBot.Content;

/// <summary>
/// A sign the red-flag check listens for (chest pain, warm skin on the leg …): how patients are told about it, the
/// rung of the ladder it leads to, and the published guidance it comes from. The recognizer's word lists live in code;
/// what a sign means clinically lives here, where a reviewer reads it.
/// </summary>
public sealed record ClinicalSign
{
    /// <summary>camelCase name of the recognizer's sign ("chestPain", "warmSkin").</summary>
    public required string Id { get; init; }

    /// <summary><see cref="TriageLevel.Emergency"/> or <see cref="TriageLevel.UrgentSameDay"/>.</summary>
    public required TriageLevel Level { get; init; }

    /// <summary>The sign as patients read it in a list ("warm skin around the painful area").</summary>
    public required string Name { get; init; }
    public required IReadOnlyList<SafetyRuleSource> Sources { get; init; }
}
