namespace CrampBot.Content;

/// <summary>The rungs of the leg pain check's ladder, most urgent first.</summary>
public enum TriageLevel
{
    /// <summary>Call the emergency number now.</summary>
    Emergency,

    /// <summary>Contact the doctor today.</summary>
    UrgentSameDay,

    /// <summary>Likely a cramp: what the leaflet says, and when to see a doctor routinely.</summary>
    SelfCare,
}
