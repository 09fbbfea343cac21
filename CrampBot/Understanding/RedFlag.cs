namespace CrampBot.Understanding;

/// <summary>The safety check run on every message, most urgent first.</summary>
public enum RedFlag
{
    /// <summary>Nothing to act on.</summary>
    None,

    /// <summary>Leg pain reported, swelling not mentioned: the leg pain check asks "Is your leg swollen?".</summary>
    LegPain,

    /// <summary>Leg swelling (with pain, or on its own), or pain and "not sure": start the leg pain check, which needs no question.</summary>
    LegPainWithSwelling,

    /// <summary>Chest pain, breathlessness, coughing blood or collapse: give the emergency advice at once.</summary>
    Emergency,
}
