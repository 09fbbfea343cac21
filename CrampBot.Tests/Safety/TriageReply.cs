namespace CrampBot.Tests.Safety;

/// <summary>What the bot did with a message, read from its replies on the wire.</summary>
public enum TriageReply
{
    /// <summary>None of the below: an answer, a menu, "Did you mean".</summary>
    Other,

    /// <summary>The leg pain check asked "Is your leg swollen?".</summary>
    AskedAboutSwelling,

    /// <summary>The leg pain check asked about the other signs of a clot.</summary>
    AskedAboutOtherSigns,

    /// <summary>The self-care outcome.</summary>
    SelfCare,

    /// <summary>The same-day outcome ("Contact your doctor today").</summary>
    SameDay,

    /// <summary>The emergency outcome ("Call 999 now").</summary>
    Emergency,
}
