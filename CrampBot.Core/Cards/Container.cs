namespace CrampBot.Cards;

/// <summary>Groups elements, optionally on a styled background.</summary>
public sealed class Container : AdaptiveElement
{
    public List<AdaptiveElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; set; }

    /// <summary>Lets a styled background reach the card's edges.</summary>
    public bool? Bleed { get; set; }
}
