namespace CrampBot.Understanding;

/// <summary>What a message asks for.</summary>
public enum Intent
{
    /// <summary>Nothing to understand (empty text, e.g. a card tap carrying only a value).</summary>
    None,

    /// <summary>A question one of the content's topics answers; see <see cref="Recognition.TopicId"/>.</summary>
    Topic,

    /// <summary>The patient tells us about symptoms rather than asking a question: see the red flag.</summary>
    ReportSymptoms,

    /// <summary>Asks about a medicine the leaflet does not list; see <see cref="Recognition.UnknownMedicineName"/>.</summary>
    UnknownMedicine,

    /// <summary>"Should I stop my statins?" Never advise stopping.</summary>
    StopMedicine,
    Greeting,
    Help,

    /// <summary>Cancel / start over.</summary>
    Cancel,
    Terms,
    ForgetMe,
    Thanks,

    /// <summary>Not about leg cramps ("what's the weather?").</summary>
    OutOfScope,
}
