namespace CrampBot.Cards;

/// <summary>Name/value pairs shown as a table.</summary>
public sealed class FactSet : AdaptiveElement
{
    public List<Fact> Facts { get; init; } = [];
}
