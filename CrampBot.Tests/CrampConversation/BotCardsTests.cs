using CrampBot.Content;
using CrampBot.CrampConversation;
using CrampBot.Tests.Cards;

namespace CrampBot.Tests.CrampConversation;

/// <summary>Every Adaptive Card the cramp conversation can send, built from the real content, is valid where it is rendered.</summary>
public sealed class BotCardsTests(CrampHost bot) : IClassFixture<CrampHost>
{
    private IReadOnlyDictionary<string, JsonNode> EveryCard()
    {
        var replies = bot.Host.Services.GetRequiredService<CrampReplies>();
        var incoming = new Activity { Type = ActivityTypes.Message, ChannelId = "webchat", Conversation = new() { Id = "c" } };
        var messages = new Dictionary<string, Activity>
        {
            ["other-signs-question"] = replies.OtherSignsQuestion().Prompt!,
        };
        foreach (var topic in bot.Content.Topics.Where(t => t.Card))
        {
            messages[$"topic-{topic.Id}"] = replies.TopicAnswer(incoming, topic);
        }
        foreach (var level in Enum.GetValues<TriageLevel>())
        {
            messages[$"outcome-{level}"] = replies.Outcome(level, notSureAboutSwelling: false);
            messages[$"outcome-{level}-not-sure"] = replies.Outcome(level, notSureAboutSwelling: true);
        }
        return messages.ToDictionary(m => m.Key, m =>
        {
            var attachment = Assert.Single(m.Value.Attachments!);
            Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
            Assert.False(string.IsNullOrWhiteSpace(m.Value.Summary), $"{m.Key} has no plain-text version");
            return attachment.Content!;
        });
    }

    [Fact]
    public void The_bot_sends_kidneys_ultrasound_and_every_outcome_as_cards()
    {
        Assert.Equal(9, EveryCard().Count);
    }

    [Fact]
    public void Every_card_validates_against_the_adaptive_card_1_5_schema_with_fallback_and_speak()
    {
        foreach (var (name, card) in EveryCard())
        {
            Assert.True(AdaptiveCardSchema.Errors(card).Count == 0, $"{name}: {string.Join("; ", AdaptiveCardSchema.Errors(card))}");
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]?.GetValue<string>()), name);
            Assert.False(string.IsNullOrWhiteSpace(card["speak"]?.GetValue<string>()), name);
            Assert.DoesNotContain("Action.Execute", card.ToJsonString());
        }
    }

    [Fact]
    public async Task Every_card_parses_without_events_in_the_official_adaptivecards_parser()
    {
        var cards = EveryCard().ToDictionary(c => c.Key, c => c.Value.ToJsonString());
        var events = await OfficialCardParser.ParseAsync(cards);
        Assert.Equal(cards.Keys.Order(), events.Keys.Order());
        Assert.All(events, card => Assert.True(card.Value.Count == 0, $"{card.Key}: {string.Join("; ", card.Value)}"));
    }
}
