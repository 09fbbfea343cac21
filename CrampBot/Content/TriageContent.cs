namespace CrampBot.Content;

/// <summary>The texts of the leg pain check (the DVT escalation).</summary>
public sealed record TriageContent
{
    /// <summary>Said once when the check starts.</summary>
    public required string Intro { get; init; }

    /// <summary>"Is your leg swollen?"</summary>
    public required string Question { get; init; }

    /// <summary>yes / no / notSure.</summary>
    public required IReadOnlyList<TriageChoice> Choices { get; init; }

    /// <summary>Asked when the leg is not swollen: "Do you have any of these?" with the other DVT signs listed.</summary>
    public required string OtherSignsQuestion { get; init; }

    /// <summary>yes / no / notSure for <see cref="OtherSignsQuestion"/>.</summary>
    public required IReadOnlyList<TriageChoice> OtherSignsChoices { get; init; }

    /// <summary>The signs listed under <see cref="OtherSignsQuestion"/>, in order (ids of same-day signs).</summary>
    public required IReadOnlyList<string> OtherSignIds { get; init; }

    /// <summary>
    /// A button on the urgent outcome for a patient who also has emergency symptoms. The check does not ask about
    /// them (a patient who already said "swollen and painful" goes straight to the outcome); the red-flag check hears
    /// them in any message, and this button is one tap away.
    /// </summary>
    public required string EmergencyButton { get; init; }

    /// <summary>Said before the urgent outcome when the patient is not sure about swelling.</summary>
    public required string NotSureIntro { get; init; }
    public required IReadOnlyList<TriageOutcome> Outcomes { get; init; }
}
