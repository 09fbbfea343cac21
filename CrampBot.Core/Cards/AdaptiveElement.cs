using System.Text.Json.Serialization;

namespace CrampBot.Cards;

/// <summary>An element of a card's body. The <c>type</c> discriminator is written from the derived class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
public abstract class AdaptiveElement
{
    public string? Id { get; set; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; set; }

    public Spacing? Spacing { get; set; }
}
