using CrampBot.Content;
using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

public class CardBuilderTests
{
    [Fact]
    public void A_topic_card_shows_only_the_texts_it_was_given()
    {
        var content = SampleCards.Kidneys;

        var card = TopicCard.Build(content);

        string[] given = [content.Heading, .. content.Explanation, content.WhyItMattersHeading, .. content.WhyItMatters, content.Source!];
        Assert.Equal(given, TextsOf(AdaptiveCardJson.ToJsonObject(card)));
        Assert.Equal(content.RelatedTopics.Select(b => b.Title), card.Actions!.Select(a => a.Title));
        Assert.Equal(content.RelatedTopics.Select(b => b.Text), card.Actions!.Cast<SubmitAction>().Select(a => (string?)a.Data["text"]));
    }

    [Fact]
    public void A_topic_card_highlights_why_it_matters_under_a_heading()
    {
        var card = TopicCard.Build(SampleCards.Kidneys);

        Assert.Equal(TextBlockStyle.Heading, Assert.IsType<TextBlock>(card.Body[0]).Style);
        var block = Assert.Single(card.Body.OfType<Container>());
        Assert.Equal(ContainerStyle.Emphasis, block.Style);
        Assert.Equal(SampleCards.Kidneys.WhyItMattersHeading, Assert.IsType<TextBlock>(block.Items[0]).Text);
        Assert.Equal(TextBlockStyle.Heading, ((TextBlock)block.Items[0]).Style);
        Assert.All(card.Body.OfType<TextBlock>(), t => Assert.True(t.Wrap));
    }

    [Fact]
    public void Fallback_text_is_the_plain_text_of_everything_on_the_card_and_speak_is_plain_words()
    {
        var content = SampleCards.UltrasoundTopic;

        var card = TopicCard.Build(content);

        Assert.Equal(
            string.Join("\n\n", [content.Heading, .. content.Explanation, content.WhyItMattersHeading, .. content.WhyItMatters, content.Source!,
                "You can also ask about: Blood clots (DVT)"]),
            card.FallbackText);
        Assert.StartsWith("Ultrasound scans Ultrasound is a tool", card.Speak);
        // Screen readers are given speak as it is: no entity may reach them ("aren&apos;t" was read out).
        Assert.Contains("and they bounce back to make a picture no radiation.", card.Speak);
        Assert.DoesNotMatch("[&<>]", card.Speak);
        Assert.DoesNotContain("You can also ask", card.Speak);
    }

    [Fact]
    public void A_card_without_related_topics_has_no_actions_and_no_button_line()
    {
        var card = TopicCard.Build(SampleCards.BareTopic);

        Assert.Null(card.Actions);
        Assert.False(AdaptiveCardJson.ToJsonObject(card).ContainsKey("actions"));
        Assert.EndsWith("Most cramps are not serious.", card.FallbackText);
    }

    [Theory]
    [InlineData(TriageLevel.Emergency, "attention")]
    [InlineData(TriageLevel.UrgentSameDay, "warning")]
    [InlineData(TriageLevel.SelfCare, "good")]
    public void A_triage_outcome_is_styled_by_its_urgency(TriageLevel level, string style)
    {
        var json = AdaptiveCardJson.ToJsonObject(TriageOutcomeCard.Build(SampleCards.Outcome(level, withButtons: false)));

        var outcome = json["body"]![0]!;
        Assert.Equal("Container", (string?)outcome["type"]);
        Assert.Equal(style, (string?)outcome["style"]);
        Assert.Equal("heading", (string?)outcome["items"]![0]!["style"]);
        Assert.Null(json["actions"]);
    }

    [Fact]
    public void A_triage_outcome_shows_only_its_texts_and_its_buttons()
    {
        var content = SampleCards.Outcome(TriageLevel.UrgentSameDay, withButtons: true);

        var card = TriageOutcomeCard.Build(content);

        var sources = content.Sources!;
        Assert.Equal(
            [content.Heading, .. content.Advice, sources.Label, string.Join("\n", sources.Items.Select(s => "- " + s)), sources.Note!],
            TextsOf(AdaptiveCardJson.ToJsonObject(card)));
        Assert.Equal(content.Buttons.Select(b => b.Title), card.Actions!.Select(a => a.Title));
        Assert.EndsWith(
            "Sources:\n- From the leaflet \"Leg cramps\", last updated 20 June 2012.\n- NHS: Deep vein thrombosis (DVT)\n\n"
            + "This information has not yet been checked by a clinician.\n\nFind out more: Ultrasound scans, Blood clots (DVT)",
            card.FallbackText);
        Assert.Equal($"{content.Heading} {string.Join(" ", content.Advice)}", card.Speak);
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void Every_card_has_fallback_text_and_speech(string name)
    {
        var card = SampleCards.All[name];

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.False(string.IsNullOrWhiteSpace(card.Speak));
    }

    /// <summary>Every TextBlock text in document order, nested containers included.</summary>
    private static List<string> TextsOf(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
        JsonObject o => [.. o.Where(p => p.Key != "actions" && p.Value is not null).SelectMany(p => TextsOf(p.Value!))],
        JsonArray a => [.. a.Where(e => e is not null).SelectMany(e => TextsOf(e!))],
        _ => [],
    };
}
