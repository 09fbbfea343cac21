namespace CrampBot.Understanding;

/// <summary>Symptoms that need the emergency number now (negated mentions such as "no chest pain" are not set).</summary>
[Flags]
public enum EmergencySymptoms
{
    None = 0,
    ChestPain = 1,

    /// <summary>Breathless, short of breath, can't breathe, struggling to breathe.</summary>
    Breathlessness = 2,
    CoughingBlood = 4,

    /// <summary>Collapsed, fainted, passed out (a sign of a clot on the lung in NHS guidance).</summary>
    Collapse = 8,
}
