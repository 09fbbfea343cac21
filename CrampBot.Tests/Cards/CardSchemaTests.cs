using CrampBot.Content;
using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

public class CardSchemaTests
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void Every_built_card_validates_against_the_Adaptive_Card_1_5_schema(string name)
    {
        var json = AdaptiveCardJson.ToJsonObject(SampleCards.All[name]);

        Assert.Empty(AdaptiveCardSchema.Errors(json));
    }

    [Fact]
    public void An_unknown_property_is_caught_where_it_is()
    {
        var json = AdaptiveCardJson.ToJsonObject(TopicCard.Build(SampleCards.Kidneys));
        json["body"]![1]!["colour"] = "attention";

        var errors = AdaptiveCardSchema.Errors(json);

        Assert.Contains(errors, e => e.StartsWith("/body/1/colour"));
        Assert.DoesNotContain(errors, e => e.StartsWith("/body/0"));
    }

    [Fact]
    public void An_element_newer_than_1_5_is_caught()
    {
        // Input.Rating arrived in schema 1.6, which Teams does not render.
        var json = AdaptiveCardJson.ToJsonObject(TopicCard.Build(SampleCards.Kidneys));
        var body = json["body"]!.AsArray();
        body.Add(new JsonObject { ["type"] = "Input.Rating", ["id"] = "rating", ["max"] = 5 });

        var errors = AdaptiveCardSchema.Errors(json);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith($"/body/{body.Count - 1}", e));
    }

    [Fact]
    public void A_wrong_style_value_is_caught()
    {
        var json = AdaptiveCardJson.ToJsonObject(TriageOutcomeCard.Build(SampleCards.Outcome(TriageLevel.Emergency, true)));
        json["body"]![0]!["style"] = "danger";

        Assert.Contains(AdaptiveCardSchema.Errors(json), e => e.StartsWith("/body/0/style"));
    }

    [Fact]
    public void The_msteams_property_is_only_accepted_because_it_is_stripped()
    {
        var json = AdaptiveCardJson.ToJsonObject(SampleCards.EveryElement());
        Assert.NotNull(json["msteams"]);
        Assert.Empty(AdaptiveCardSchema.Errors(json));

        // The same card with a Teams-like property the validator does not strip is refused, so the stripping is
        // what lets msteams through, not a lax schema.
        json["msteamsx"] = json["msteams"]!.DeepClone();
        Assert.Contains(AdaptiveCardSchema.Errors(json), e => e.StartsWith("/msteamsx"));
    }
}
