namespace CrampBot.Content;

/// <summary>One of the leaflet's nine medicines that can cause cramps.</summary>
public sealed record Medicine
{
    public required string Id { get; init; }

    /// <summary>The name as the leaflet gives it.</summary>
    public required string Name { get; init; }
    public required string TopicId { get; init; }

    /// <summary>
    /// Other words patients use for it ("water tablets", "simvastatin"). These only help the recognizer
    /// find the medicine; they are not in the leaflet and are never shown as medical content.
    /// </summary>
    public IReadOnlyList<string> RecognizerSynonyms { get; init; } = [];
}
