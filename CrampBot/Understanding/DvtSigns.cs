namespace CrampBot.Understanding;

/// <summary>
/// The signs of a deep vein thrombosis besides swelling (NHS DVT guidance), each a reason for same-day care.
/// Swelling has its own <see cref="YesNoAnswer"/>, because "not sure" matters for it.
/// </summary>
[Flags]
public enum DvtSigns
{
    None = 0,

    /// <summary>One leg or calf bigger, thicker or fatter than the other.</summary>
    OneLegBigger = 1,

    /// <summary>Warm or hot skin on the leg.</summary>
    WarmSkin = 2,

    /// <summary>Red, darkened, purple or discoloured skin on the leg.</summary>
    RedOrDarkSkin = 4,

    /// <summary>Veins that are hard, sore or swollen.</summary>
    HardOrSoreVeins = 8,

    /// <summary>Throbbing pain in the leg.</summary>
    ThrobbingPain = 16,
}
