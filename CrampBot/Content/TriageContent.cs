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

    /// <summary>An optional follow-up for swollen legs: chest pain, breathlessness or coughing blood?</summary>
    public required string EmergencyQuestion { get; init; }

    /// <summary>yes / no.</summary>
    public required IReadOnlyList<TriageChoice> EmergencyChoices { get; init; }

    /// <summary>Said before the urgent outcome when the patient is not sure about swelling.</summary>
    public required string NotSureIntro { get; init; }
    public required IReadOnlyList<TriageOutcome> Outcomes { get; init; }
}
