using System.Text.Json.Nodes;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Bodies of the answer to an <c>adaptiveCard/action</c> invoke (Universal Actions' AdaptiveCardInvokeResponse:
/// <c>{"statusCode", "type", "value"}</c>), which Teams and the playground read from the HTTP response.
/// </summary>
public static class AdaptiveCardInvokeResponses
{
    /// <summary>The invoke name of an <c>Action.Execute</c> tap.</summary>
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Response type whose value is a card that replaces the tapped one.</summary>
    public const string CardType = ContentTypes.AdaptiveCard;

    /// <summary>Response type whose value is a text shown to the user with the tapped card.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>200 with a card that replaces the tapped card.</summary>
    public static InvokeResponse Card(JsonNode card) => Create(CardType, card.DeepClone());

    /// <summary>200 with a message shown to the user.</summary>
    public static InvokeResponse Message(string text) => Create(MessageType, JsonValue.Create(text));

    private static InvokeResponse Create(string type, JsonNode value) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = type,
        ["value"] = value,
    });
}
