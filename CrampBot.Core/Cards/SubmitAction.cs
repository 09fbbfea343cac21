using System.Text.Json.Nodes;

namespace CrampBot.Cards;

/// <summary>
/// <c>Action.Submit</c>. Its <see cref="Data"/> is always an object: string data makes Web Chat throw when the card has
/// inputs. Build the bot's buttons with <see cref="CardActions.Submit"/>.
/// </summary>
public sealed class SubmitAction : AdaptiveAction
{
    public SubmitAction(string title, JsonObject data) : base(title) => Data = data;

    public JsonObject Data { get; set; }
}
