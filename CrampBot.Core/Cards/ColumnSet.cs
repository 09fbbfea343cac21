namespace CrampBot.Cards;

/// <summary>Lays out columns side by side.</summary>
public sealed class ColumnSet : AdaptiveElement
{
    public List<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; set; }
}
