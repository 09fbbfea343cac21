namespace CrampBot.Understanding;

/// <summary>
/// Symptoms that need the emergency number now. A mention counts unless it is a plain denial ("no chest pain");
/// hedged, emphatic or third-person mentions count (see <see cref="RedFlags"/> for the rule).
/// </summary>
[Flags]
public enum EmergencySymptoms
{
    None = 0,

    /// <summary>Chest pain, tightness, pressure or heaviness, however far "chest" is from the pain word.</summary>
    ChestPain = 1,

    /// <summary>Breathless, short of breath, can't breathe, can't catch my breath, puffed out.</summary>
    Breathlessness = 2,

    /// <summary>Coughing or spitting up blood, blood in phlegm, bringing up blood.</summary>
    CoughingBlood = 4,

    /// <summary>Collapsed, fainted, passed out (a sign of a clot on the lung in NHS guidance).</summary>
    Collapse = 8,

    /// <summary>A fast, racing or pounding heartbeat; palpitations.</summary>
    FastHeartbeat = 16,

    /// <summary>Dizzy, light-headed, feeling faint.</summary>
    Dizziness = 32,

    /// <summary>Pain in the upper back or between the shoulder blades.</summary>
    UpperBackPain = 64,

    /// <summary>A leg or foot that is pale, white, blue or icy cold: the blood supply may be blocked.</summary>
    ColdOrPaleLeg = 128,
}
