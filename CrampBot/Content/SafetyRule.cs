namespace CrampBot.Content;

/// <summary>
/// A clinical rule that goes beyond the leaflet (e.g. "swollen leg with chest pain → emergency").
/// Every such rule names where it comes from, so a reviewer can check it.
/// </summary>
public sealed record SafetyRule
{
    public required string Id { get; init; }
    public required string Rule { get; init; }
    public required IReadOnlyList<SafetyRuleSource> Sources { get; init; }
}
