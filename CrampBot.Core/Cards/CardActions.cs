using System.Text.Json.Nodes;

namespace CrampBot.Cards;

/// <summary>Card buttons that behave exactly like the user typing, in Web Chat and in Teams.</summary>
public static class CardActions
{
    /// <summary>
    /// An <c>Action.Submit</c> whose data is <c>{"text": text, "msteams": {"type": "messageBack", "text": text,
    /// "displayText": title}}</c>. Web Chat posts the data as the message's <c>value</c> with no text, which
    /// <c>Activity.InputText</c> reads back from <c>value.text</c>; Teams turns the <c>msteams</c> part into a
    /// messageBack whose text is <paramref name="text"/> and shows <paramref name="title"/> as the user's bubble.
    /// </summary>
    /// <param name="title">The button label, also what Teams shows as the patient's choice.</param>
    /// <param name="text">What the bot receives, as if the patient had typed it.</param>
    public static SubmitAction Submit(string title, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var data = new JsonObject
        {
            ["text"] = text,
            ["msteams"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["text"] = text,
                ["displayText"] = title,
                // Teams passes this on as the activity's value: a tap in a channel then carries a value and is
                // let through without an @mention, like the hero-card buttons.
                ["value"] = new JsonObject { ["text"] = text },
            },
        };
        return new SubmitAction(title, data);
    }
}
