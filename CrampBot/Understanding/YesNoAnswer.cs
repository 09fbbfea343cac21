namespace CrampBot.Understanding;

/// <summary>
/// A yes/no/not-sure answer, typed or read from a sentence: the answer to "Is your leg swollen?", and what a message
/// says about swelling (<see cref="ClinicalSignals.Swelling"/>). One type for one idea.
/// </summary>
public enum YesNoAnswer
{
    /// <summary>The message is not an answer (swelling not mentioned).</summary>
    None,
    Yes,
    No,

    /// <summary>"not sure", "dunno", "maybe", and hedged no's like "not really": the safe reading.</summary>
    NotSure,
}
