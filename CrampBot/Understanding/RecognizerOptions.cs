namespace CrampBot.Understanding;

/// <summary>The thresholds that decide between answering, asking "Did you mean …?" and "I can only help with leg cramps".</summary>
public sealed class RecognizerOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Understanding";

    /// <summary>What <see cref="AreValid"/> checks, as an operator reads it.</summary>
    public const string Rule = "Understanding: need 0 ≤ OutOfScopeBelow ≤ ConfidentAtLeast ≤ 1, 0 < AmbiguousRatio ≤ 1, MaxCandidates ≥ 2 and 0 ≤ PhrasingWeight ≤ 1.";

    /// <summary>True when the thresholds make sense together.</summary>
    public static bool AreValid(RecognizerOptions o) =>
        o.OutOfScopeBelow is >= 0 and <= 1 && o.ConfidentAtLeast >= o.OutOfScopeBelow && o.ConfidentAtLeast <= 1 &&
        o.AmbiguousRatio is > 0 and <= 1 && o.MaxCandidates >= 2 && o.PhrasingWeight is >= 0 and <= 1;

    /// <summary>Below this the message is out of scope (or a symptom report when it carries signals).</summary>
    public double OutOfScopeBelow { get; set; } = 0.33;

    /// <summary>At or above this (and clear of the runner-up) the top topic is answered directly.</summary>
    public double ConfidentAtLeast { get; set; } = 0.55;

    /// <summary>A runner-up scoring at least this fraction of the top score makes the message ambiguous.</summary>
    public double AmbiguousRatio { get; set; } = 0.85;

    /// <summary>
    /// Where the keywords leave a message unsure or out of scope (and it raises no red flag), each topic's score gains
    /// this times the phrasing classifier's probability for it, and the message is decided again; 0 turns it off.
    /// </summary>
    public double PhrasingWeight { get; set; } = 0.35;

    /// <summary>How many candidates a "Did you mean …?" offers.</summary>
    public int MaxCandidates { get; set; } = 3;
}
