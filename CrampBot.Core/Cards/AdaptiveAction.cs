using System.Text.Json.Serialization;

namespace CrampBot.Cards;

/// <summary>
/// A card button. There is deliberately no <c>Action.Execute</c>: Web Chat ignores it, so a tap would do nothing there.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class AdaptiveAction
{
    protected AdaptiveAction(string title) => Title = title;

    public string Title { get; set; }

    public string? Id { get; set; }

    public ActionStyle? Style { get; set; }

    /// <summary>Shown on hover and read by screen readers (schema 1.5).</summary>
    public string? Tooltip { get; set; }
}
