namespace CrampBot.Content;

/// <summary>A published source a safety rule is taken from.</summary>
public sealed record SafetyRuleSource
{
    public required string Title { get; init; }
    public required string Url { get; init; }
}
