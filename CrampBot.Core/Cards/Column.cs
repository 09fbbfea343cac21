using System.Text.Json.Serialization;

namespace CrampBot.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public List<AdaptiveElement> Items { get; init; } = [];

    /// <summary>"auto", "stretch", a weight such as "1", or pixels such as "50px".</summary>
    public string? Width { get; set; }

    public ContainerStyle? Style { get; set; }
}
