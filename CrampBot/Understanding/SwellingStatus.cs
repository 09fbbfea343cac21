namespace CrampBot.Understanding;

/// <summary>What a message says about swelling of the leg.</summary>
public enum SwellingStatus
{
    /// <summary>Swelling is not mentioned (unknown).</summary>
    NotMentioned,

    /// <summary>"my calf is swollen", "a bit puffy".</summary>
    Present,

    /// <summary>"no swelling", "my leg isn't swollen" (negation understood).</summary>
    Absent,

    /// <summary>"not sure if it's swollen", "maybe". Treated like swollen by the leg pain check.</summary>
    NotSure,
}
