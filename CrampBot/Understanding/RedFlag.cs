namespace CrampBot.Understanding;

/// <summary>The safety check run on every message, most urgent first.</summary>
public enum RedFlag
{
    /// <summary>Nothing to act on.</summary>
    None,

    /// <summary>Leg pain reported, no DVT sign mentioned: the leg pain check asks about swelling and the other signs.</summary>
    LegPain,

    /// <summary>A DVT sign (swelling, or not sure about it; one leg bigger; warm, red or dark skin; hard or sore veins; throbbing) about a person: same-day care.</summary>
    DvtSign,

    /// <summary>An emergency sign, however written and whoever it is about: the emergency advice at once.</summary>
    Emergency,
}
