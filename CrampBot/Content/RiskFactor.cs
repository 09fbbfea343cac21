namespace CrampBot.Content;

/// <summary>One of the leaflet's nine "more likely to get painful cramps" bullets.</summary>
public sealed record RiskFactor
{
    public required string Id { get; init; }

    /// <summary>The bullet as the leaflet words it.</summary>
    public required string LeafletText { get; init; }
    public required string TopicId { get; init; }
}
