using CrampBot.Content;

namespace CrampBot.Cards;

/// <summary>The texts of a triage outcome card; every sentence comes from the content file.</summary>
/// <param name="Level">How urgent the outcome is; chooses the card's style.</param>
/// <param name="Heading">The outcome in a few words, e.g. what to do now.</param>
/// <param name="Advice">The advice, one string per paragraph.</param>
public sealed record TriageOutcomeContent(TriageLevel Level, string Heading, IReadOnlyList<string> Advice)
{
    /// <summary>Follow-up buttons (e.g. the ultrasound topic); none by default.</summary>
    public IReadOnlyList<CardButton> Buttons { get; init; } = [];

    /// <summary>Introduces the buttons in the plain-text version.</summary>
    public string? ButtonsLabel { get; init; }

    /// <summary>The leaflet and guidance the advice follows, listed in small print under it.</summary>
    public CardSources? Sources { get; init; }
}
