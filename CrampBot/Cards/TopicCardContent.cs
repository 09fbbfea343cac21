namespace CrampBot.Cards;

/// <summary>
/// The texts of a topic card (kidneys, ultrasound, …). Every sentence comes from the content file; the card builder
/// only arranges them.
/// </summary>
/// <param name="Heading">The topic's title.</param>
/// <param name="Explanation">The leaflet's explanation, one string per paragraph.</param>
/// <param name="WhyItMattersHeading">Heading of the highlighted block, e.g. "Why it matters for cramps".</param>
/// <param name="WhyItMatters">The highlighted block's paragraphs.</param>
/// <param name="RelatedTopics">Buttons to related topics; may be empty.</param>
public sealed record TopicCardContent(
    string Heading,
    IReadOnlyList<string> Explanation,
    string WhyItMattersHeading,
    IReadOnlyList<string> WhyItMatters,
    IReadOnlyList<CardButton> RelatedTopics)
{
    /// <summary>The source line shown in small print, e.g. the leaflet's title and date.</summary>
    public string? Source { get; init; }

    /// <summary>Introduces the related topics in the plain-text version, e.g. "You can also ask about:".</summary>
    public string? RelatedTopicsLabel { get; init; }
}
