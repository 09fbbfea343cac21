namespace CrampBot.Understanding;

/// <summary>One reading of a message with its score (0–1); the topic id is set when the intent is a topic.</summary>
public sealed record IntentCandidate(Intent Intent, string? TopicId, double Score);
