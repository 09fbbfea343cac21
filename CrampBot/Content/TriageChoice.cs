namespace CrampBot.Content;

/// <summary>A button of a triage question: a stable id ("yes", "no", "notSure") and the words shown.</summary>
public sealed record TriageChoice
{
    public required string Id { get; init; }
    public required string Title { get; init; }
}
