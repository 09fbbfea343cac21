namespace CrampBot.Understanding;

/// <summary>A typed answer to a yes/no/not-sure question such as "Is your leg swollen?".</summary>
public enum YesNoAnswer
{
    /// <summary>The message is not an answer.</summary>
    None,
    Yes,
    No,

    /// <summary>"not sure", "dunno", "maybe", and hedged no's like "not really": the safe reading.</summary>
    NotSure,
}
