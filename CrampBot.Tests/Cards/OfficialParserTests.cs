using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

public class OfficialParserTests
{
    [Fact]
    public async Task Every_built_card_parses_without_events_in_the_adaptivecards_parser()
    {
        var jsonByName = SampleCards.All.ToDictionary(c => c.Key, c => AdaptiveCardJson.ToJson(c.Value));

        var events = await OfficialCardParser.ParseAsync(jsonByName);

        Assert.Equal(jsonByName.Keys.Order(), events.Keys.Order());
        Assert.All(events, card => Assert.True(card.Value.Count == 0, $"{card.Key}: {string.Join("; ", card.Value)}"));
    }

    [Fact]
    public async Task Errors_in_a_card_are_reported()
    {
        var badSize = AdaptiveCardJson.ToJsonObject(TopicCard.Build(SampleCards.Kidneys));
        badSize["body"]![0]!["size"] = "huge";
        var duplicateIds = AdaptiveCardJson.ToJsonObject(SampleCards.EveryElement());
        duplicateIds["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "again", ["id"] = "good" });

        var events = await OfficialCardParser.ParseAsync(new Dictionary<string, string>
        {
            ["bad-size"] = badSize.ToJsonString(),
            ["duplicate-ids"] = duplicateIds.ToJsonString(),
            ["not-json"] = "{\"type\": \"AdaptiveCard\",",
        });

        Assert.Contains(events["bad-size"], e => e.Event == "InvalidPropertyValue" && e.Message.Contains("huge"));
        Assert.Contains(events["duplicate-ids"], e => e.Event == "DuplicateId");
        Assert.Contains(events["not-json"], e => e.Event == "InvalidJson");
    }
}
