namespace CrampBot.Cards;

/// <summary><c>Action.ShowCard</c>: reveals a nested card in place; nothing is sent to the bot.</summary>
public sealed class ShowCardAction : AdaptiveAction
{
    public ShowCardAction(string title, AdaptiveCard card) : base(title) => Card = card;

    public AdaptiveCard Card { get; set; }
}
