namespace CrampBot.Understanding;

/// <summary>How far apart the two words of a two-part sign ("chest" … "pain") may be.</summary>
internal enum SignReach
{
    /// <summary>Within three words, with no punctuation between ("cramp in my chest").</summary>
    Near,

    /// <summary>Within a few words, with no punctuation between ("hard to breathe").</summary>
    Clause,

    /// <summary>Anywhere in the same sentence; commas allowed ("blood, when I cough").</summary>
    Sentence,

    /// <summary>Anywhere in the message ("pain in my leg. And in my chest.").</summary>
    Message,
}
