namespace CrampBot.Understanding;

/// <summary>Every way of writing one sign: phrases that mean it alone, two-part compounds, and look-alikes to ignore.</summary>
internal sealed class SignPattern
{
    /// <summary>Phrases that mean the sign on their own ("breathless", "palpitations").</summary>
    public PhraseSet Phrases { get; init; } = PhraseSet.Empty;

    /// <summary>Two-part forms ("chest" … "tight").</summary>
    public IReadOnlyList<SignCompound> Compounds { get; init; } = [];

    /// <summary>Look-alikes: a mention overlapping one of these is not the sign ("chest infection", "hot water bottle").</summary>
    public PhraseSet NotThis { get; init; } = PhraseSet.Empty;

    /// <summary>
    /// The words only mean the sign when they are about the leg ("red", "hot"): a leg word in the message, no other
    /// body part named, or the message answers a question about the leg.
    /// </summary>
    public bool AboutTheLeg { get; init; }

    /// <summary>Every phrase of the pattern (the spelling vocabulary and the denial scan's list words).</summary>
    public IEnumerable<PhraseSet> Sets =>
        new[] { Phrases, NotThis }.Concat(Compounds.SelectMany(c => new[] { c.Anchor, c.Modifier }));
}
