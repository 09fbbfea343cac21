namespace CrampBot.Content;

/// <summary>What the patient is told at one rung of the ladder, with where the advice comes from.</summary>
public sealed record TriageOutcome
{
    /// <summary>"emergency", "urgent" or "selfCare".</summary>
    public required string Id { get; init; }
    public required TriageLevel Level { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }

    /// <summary>The leaflet passage behind the advice; empty when it rests on safety rules only.</summary>
    public string LeafletSection { get; init; } = "";
    public IReadOnlyList<string> SafetyRuleIds { get; init; } = [];

    /// <summary>Topics worth offering next (e.g. the ultrasound card after the urgent outcome).</summary>
    public IReadOnlyList<string> RelatedTopicIds { get; init; } = [];
}
