using CrampBot.Content;
using System.Text.Json;
using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

public class CardMessageTests
{
    private static Activity Incoming(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channelId,
        Text = "tell me about ultrasound",
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot-1" },
        Conversation = new ConversationAccount { Id = "conv-1" },
    };

    [Fact]
    public void A_card_reply_carries_the_card_as_an_adaptive_attachment_and_its_plain_text()
    {
        var card = TopicCard.Build(SampleCards.UltrasoundTopic);

        var reply = CardMessage.CreateReply(Incoming("webchat"), card);

        // Through the wire format, as a channel would receive it.
        var wire = JsonNode.Parse(JsonSerializer.Serialize(reply, ProtocolJson.Options))!;
        Assert.Equal("message", (string?)wire["type"]);
        Assert.Equal("in-1", (string?)wire["replyToId"]);
        Assert.Equal("user-1", (string?)wire["recipient"]!["id"]);
        Assert.Equal(card.FallbackText, (string?)wire["summary"]);
        Assert.Null(wire["text"]); // Web Chat and Teams would show it above the card: the same advice twice
        Assert.Equal(card.Speak, (string?)wire["speak"]);
        Assert.Null(wire["suggestedActions"]);
        var attachment = Assert.Single(wire["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.True(JsonNode.DeepEquals(AdaptiveCardJson.ToJsonObject(card), attachment["content"]));
    }

    [Fact]
    public void A_new_card_message_has_no_suggested_actions_even_when_the_caller_had_some_in_mind()
    {
        var message = CardMessage.Create(TriageOutcomeCard.Build(SampleCards.Outcome(TriageLevel.Emergency, withButtons: true)));

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Null(message.SuggestedActions);
        Assert.StartsWith("Emergency: what to do now", message.Summary);
        Assert.Null(message.Text);
    }

    [Fact]
    public void A_card_without_fallback_text_is_refused()
    {
        var card = new AdaptiveCard { Body = [TextBlock.Paragraph("No fallback")] };

        Assert.Throws<ArgumentException>(() => CardMessage.Create(card));
    }

    [Fact]
    public void A_Web_Chat_tap_reads_as_the_button_text()
    {
        // Web Chat posts an Action.Submit with object data as a message whose value is the data and which has no text.
        var card = TopicCard.Build(SampleCards.UltrasoundTopic);
        var data = ((SubmitAction)card.Actions![0]).Data;
        var posted = $$"""
            {"type":"message","channelId":"webchat","channelData":{"postBack":true,"clientActivityID":"x1"},
             "from":{"id":"r_1","name":"","role":"user"},"value":{{data.ToJsonString()}},"attachments":[]}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(posted, ProtocolJson.Options)!;

        Assert.Null(activity.Text);
        Assert.Equal("what is a DVT", activity.InputText);
    }

    [Fact]
    public void A_Teams_tap_sends_the_messageBack_text_and_shows_the_button_title()
    {
        // Teams turns msteams.messageBack into a message whose text is msteams.text; displayText is the user's bubble.
        var msteams = ((SubmitAction)TopicCard.Build(SampleCards.Kidneys).Actions![0]).Data["msteams"]!;

        Assert.Equal("messageBack", (string?)msteams["type"]);
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", Text = (string?)msteams["text"] };
        Assert.Equal("dialysis", activity.InputText);
        Assert.Equal("Dialysis", (string?)msteams["displayText"]);
    }
}
