using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

public class CardModelTests
{
    [Fact]
    public void A_card_is_written_with_its_type_first_camelCase_names_camelCase_enums_and_no_nulls()
    {
        var json = AdaptiveCardJson.ToJsonObject(SampleCards.EveryElement());

        Assert.Equal(["type", "$schema", "version"], json.Select(p => p.Key).Take(3));
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);

        var body = json["body"]!.AsArray();
        Assert.Equal(["TextBlock", "TextBlock", "ColumnSet", "FactSet", "Container"], body.Select(e => (string?)e!["type"]));
        Assert.Equal("type", body[0]!.AsObject().First().Key);
        Assert.Equal("heading", (string?)body[0]!["style"]);
        Assert.Equal("extraLarge", (string?)body[1]!["size"]);
        Assert.Equal("Column", (string?)body[2]!["columns"]![0]!["type"]);
        Assert.Equal("large", (string?)body[3]!["spacing"]);
        Assert.Equal("good", (string?)body[4]!["style"]);

        var actions = json["actions"]!.AsArray();
        Assert.Equal(["Action.Submit", "Action.ShowCard"], actions.Select(a => (string?)a!["type"]));
        Assert.Equal("positive", (string?)actions[1]!["style"]);
        Assert.Equal("AdaptiveCard", (string?)actions[1]!["card"]!["type"]);

        Assert.DoesNotContain("null", json.ToJsonString());
        Assert.False(body[0]!.AsObject().ContainsKey("color"));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.2")]
    [InlineData("1.5")]
    public void Versions_up_to_1_5_are_accepted(string version) =>
        Assert.Equal(version, new AdaptiveCard { Version = version }.Version);

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    [InlineData("1.10")]
    [InlineData("1.5.0")]
    [InlineData("0.9")]
    [InlineData("latest")]
    [InlineData("")]
    public void Versions_Teams_cannot_render_are_refused(string version) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdaptiveCard { Version = version });

    [Fact]
    public void Submit_carries_the_text_for_Web_Chat_and_a_messageBack_for_Teams()
    {
        var submit = CardActions.Submit("Ultrasound scans", "ultrasound");

        var json = AdaptiveCardJson.ToJsonObject(new AdaptiveCard { Actions = [submit] })["actions"]![0]!;

        Assert.Equal("Action.Submit", (string?)json["type"]);
        Assert.Equal("Ultrasound scans", (string?)json["title"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"text":"ultrasound","msteams":{"type":"messageBack","text":"ultrasound","displayText":"Ultrasound scans","value":{"text":"ultrasound"}}}"""),
            json["data"]));
    }

    [Fact]
    public void No_built_card_uses_Action_Execute_or_string_submit_data()
    {
        foreach (var (name, card) in SampleCards.All)
        {
            var json = AdaptiveCardJson.ToJson(card);
            Assert.DoesNotContain("Action.Execute", json);
            Assert.All(card.Actions ?? [], a => Assert.True(a is not SubmitAction submit || submit.Data["text"] is JsonValue, name));
        }
    }
}
