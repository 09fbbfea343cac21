namespace CrampBot.Cards;

/// <summary>Where a card's advice comes from, shown under it as a short list in small print.</summary>
/// <param name="Label">Introduces the list, e.g. "Sources:".</param>
/// <param name="Items">One entry per source: the leaflet with its date, a guidance page by its name.</param>
/// <param name="Note">Who checked the content and when, or that nobody has yet; null for none.</param>
public sealed record CardSources(string Label, IReadOnlyList<string> Items, string? Note)
{
    /// <summary>The list as card elements.</summary>
    public IEnumerable<TextBlock> ToTextBlocks() => CardText.SourceList(Label, Items, Note);

    /// <summary>The list as plain text, for the card's fallback.</summary>
    public string ToPlainText() => CardText.SourceListText(Label, Items, Note);
}
