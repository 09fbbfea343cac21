using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Protocol;

namespace CrampBot.Dialogs.Choices;

/// <summary>
/// Renders choices onto a message in the way its channel shows best: suggested actions, else a hero card with a
/// button per choice, else text ("(1) a, (2) b, or (3) c" when short, else a numbered list).
/// A message with attachments never also carries suggested actions: some channels drop one of the two.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Longest title still shown inline; longer titles read better as a list.</summary>
    public const int MaxInlineTitleLength = 20;

    /// <summary>Most choices shown inline.</summary>
    public const int MaxInlineChoices = 3;

    /// <summary>Turns plain values into choices.</summary>
    public static List<Choice> ToChoices(IEnumerable<string> values) => [.. values.Select(value => new Choice(value))];

    /// <summary>A new message with <paramref name="text"/> and the choices shown as the channel allows.</summary>
    public static Activity ForChannel(ChannelCapabilities capabilities, IReadOnlyList<Choice> choices, string? text = null) =>
        AppendChoices(new Activity { Type = ActivityTypes.Message, Text = text }, choices, ListStyle.Auto, capabilities);

    /// <summary>
    /// The style actually used: <see cref="ListStyle.Auto"/>, or a requested button style the channel cannot show,
    /// becomes the best supported one; suggested actions become a hero card when the message already has attachments.
    /// </summary>
    public static ListStyle ResolveStyle(ListStyle requested, ChannelCapabilities capabilities, IReadOnlyList<Choice> choices, bool hasAttachments)
    {
        if (choices.Count == 0)
        {
            return ListStyle.None;
        }
        var suggestedFits = !hasAttachments && capabilities.SupportsSuggestedActions(choices.Count);
        var cardFits = capabilities.SupportsCardActions(choices.Count);
        return requested switch
        {
            ListStyle.SuggestedAction when suggestedFits => ListStyle.SuggestedAction,
            ListStyle.SuggestedAction when hasAttachments && cardFits => ListStyle.HeroCard,
            ListStyle.HeroCard when cardFits => ListStyle.HeroCard,
            ListStyle.Inline or ListStyle.List or ListStyle.None => requested,
            _ when suggestedFits => ListStyle.SuggestedAction,
            _ when cardFits => ListStyle.HeroCard,
            _ when choices.Count <= MaxInlineChoices && choices.All(c => TitleOf(c).Length <= MaxInlineTitleLength) => ListStyle.Inline,
            _ => ListStyle.List,
        };
    }

    /// <summary>Adds the choices to <paramref name="message"/> in <paramref name="style"/> (resolved for the channel) and returns it.</summary>
    public static Activity AppendChoices(Activity message, IReadOnlyList<Choice> choices, ListStyle style, ChannelCapabilities capabilities)
    {
        var hasAttachments = message.Attachments is { Count: > 0 };
        switch (ResolveStyle(style, capabilities, choices, hasAttachments))
        {
            case ListStyle.SuggestedAction:
                message.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(ToAction)] };
                break;
            case ListStyle.HeroCard:
                (message.Attachments ??= []).Add(HeroCard(choices));
                message.SuggestedActions = null;
                break;
            case ListStyle.Inline:
                message.Text = JoinText(message.Text, " ", Inline(choices));
                break;
            case ListStyle.List:
                message.Text = JoinText(message.Text, "\n\n", NumberedList(choices));
                break;
        }
        return message;
    }

    /// <summary>"(1) a, (2) b, or (3) c"; two choices read "(1) a or (2) b".</summary>
    public static string Inline(IReadOnlyList<Choice> choices)
    {
        var items = choices.Select((choice, index) => $"({(index + 1).ToString(CultureInfo.InvariantCulture)}) {TitleOf(choice)}").ToList();
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => $"{items[0]} or {items[1]}",
            _ => $"{string.Join(", ", items[..^1])}, or {items[^1]}",
        };
    }

    /// <summary>One choice a line: "1. a".</summary>
    public static string NumberedList(IReadOnlyList<Choice> choices) =>
        string.Join('\n', choices.Select((choice, index) => $"{(index + 1).ToString(CultureInfo.InvariantCulture)}. {TitleOf(choice)}"));

    /// <summary>
    /// A hero card with a button per choice. A button is a messageBack (<see cref="ToCardButton"/>): Teams delivers an
    /// imBack tapped on a card in a channel without the bot's mention, so a bot that answers only when mentioned would
    /// never see it; a messageBack carries a value and reaches the bot everywhere.
    /// </summary>
    public static Attachment HeroCard(IReadOnlyList<Choice> choices) => new()
    {
        ContentType = ContentTypes.HeroCard,
        Content = new JsonObject
        {
            ["buttons"] = JsonSerializer.SerializeToNode(choices.Select(ToCardButton).ToList(), ProtocolJson.Options),
        },
    };

    /// <summary>
    /// The card button for a choice: its own action, or a messageBack whose text is the choice's value (read as if
    /// typed), whose displayText is its title (the patient's bubble in Teams and Web Chat) and whose value is
    /// <c>{"text": value}</c> (the same shape as an Adaptive Card submit, read by <c>Activity.InputText</c>).
    /// </summary>
    public static CardAction ToCardButton(Choice choice) => choice.Action is not null
        ? ToAction(choice)
        : new CardAction
        {
            Type = ActionTypes.MessageBack,
            Title = choice.Value,
            Text = choice.Value,
            DisplayText = choice.Value,
            Value = new JsonObject { ["text"] = choice.Value },
        };

    /// <summary>The button for a choice: its own action, or an imBack of its value.</summary>
    public static CardAction ToAction(Choice choice)
    {
        if (choice.Action is null)
        {
            return CardAction.ImBack(choice.Value);
        }
        var action = JsonSerializer.Deserialize<CardAction>(JsonSerializer.Serialize(choice.Action, ProtocolJson.Options), ProtocolJson.Options)!;
        action.Title ??= choice.Value;
        action.Value ??= choice.Value;
        return action;
    }

    private static string TitleOf(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static string JoinText(string? text, string separator, string addition) =>
        string.IsNullOrEmpty(text) ? addition : text + separator + addition;
}
