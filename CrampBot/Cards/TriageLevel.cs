namespace CrampBot.Cards;

/// <summary>Rungs of the triage ladder, most urgent first; each has its own card style.</summary>
public enum TriageLevel
{
    /// <summary>Call the emergency number now.</summary>
    Emergency,

    /// <summary>Contact a doctor today.</summary>
    Urgent,

    /// <summary>See a doctor when convenient.</summary>
    Routine,

    /// <summary>Look after it at home.</summary>
    SelfCare,
}
