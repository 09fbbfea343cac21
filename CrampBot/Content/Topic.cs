namespace CrampBot.Content;

/// <summary>A question the leaflet answers: the vetted answer and where in the leaflet it comes from.</summary>
public sealed record Topic
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> ExampleQuestions { get; init; }

    /// <summary>Plain-language answer, faithful to the leaflet.</summary>
    public required string Answer { get; init; }

    /// <summary>A short quote of the leaflet passage the answer comes from.</summary>
    public required string LeafletSection { get; init; }

    /// <summary>True when the passage cites the leaflet's research, so the answer must say so.</summary>
    public bool CitesResearch { get; init; }

    /// <summary>Rules beyond the leaflet that the answer also relies on.</summary>
    public IReadOnlyList<string> SafetyRuleIds { get; init; } = [];
    public IReadOnlyList<string> RelatedTopicIds { get; init; } = [];

    /// <summary>True for the topics shown as an Adaptive Card (kidneys, ultrasound).</summary>
    public bool Card { get; init; }

    /// <summary>For card topics: why this matters for leg cramps.</summary>
    public string? WhyItMatters { get; init; }

    /// <summary>Words and phrases that point to this topic, with weights. Recognizer data, not shown.</summary>
    public IReadOnlyDictionary<string, double> RecognizerKeywords { get; init; } = new Dictionary<string, double>();
}
