using CrampBot.Content;

namespace CrampBot.Tests.Content;

/// <summary>
/// <c>{outOfHoursRoute}</c>: where to get urgent help when the surgery is closed, filled at load like
/// <c>{emergencyNumber}</c> from <c>Content:OutOfHoursRoute</c> or the file's default.
/// </summary>
public sealed class OutOfHoursRouteTests
{
    private const string TextWithRoute = "If your surgery is closed, contact {outOfHoursRoute}.";

    [Fact]
    public void The_route_defaults_to_NHS_111_and_fills_its_placeholder_in_any_text()
    {
        var catalog = LoadWithRouteInTexts(new ContentOptions());

        Assert.Equal("NHS 111", catalog.OutOfHoursRoute);
        Assert.Equal("If your surgery is closed, contact NHS 111.", catalog.Messages.Thanks);
        Assert.Equal("If your surgery is closed, contact NHS 111.", catalog.GetTopic("dvt").Answer);
    }

    [Fact]
    public void Configuration_names_another_route()
    {
        var catalog = LoadWithRouteInTexts(new ContentOptions { OutOfHoursRoute = "  NHS 24 " });

        Assert.Equal("NHS 24", catalog.OutOfHoursRoute);
        Assert.Equal("If your surgery is closed, contact NHS 24.", catalog.GetTopic("dvt").Answer);
    }

    [Theory]
    [InlineData("{emergencyNumber}")]
    [InlineData("NHS 111}")]
    [InlineData("the out-of-hours service of your local surgery")]
    [InlineData("NHS\n111")]
    public void A_route_that_cannot_go_into_a_sentence_stops_loading(string route)
    {
        var e = Assert.Throws<ContentValidationException>(() =>
            ContentCatalog.Load(new ContentOptions { OutOfHoursRoute = route }));

        Assert.Contains(e.Problems, p => p.StartsWith("Content:OutOfHoursRoute", StringComparison.Ordinal));
    }

    [Fact]
    public void The_files_default_route_is_required()
    {
        var root = JsonNode.Parse(TestContent.ContentJson)!;
        root["metadata"]!["defaultOutOfHoursRoute"] = " ";

        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load(root.ToJsonString(), new ContentOptions()));

        Assert.Contains(e.Problems, p => p.Contains("metadata.defaultOutOfHoursRoute"));
    }

    private static ContentCatalog LoadWithRouteInTexts(ContentOptions options)
    {
        var root = JsonNode.Parse(TestContent.ContentJson)!;
        root["messages"]!["thanks"] = TextWithRoute;
        root["topics"]!.AsArray().Single(t => (string?)t!["id"] == "dvt")!["answer"] = TextWithRoute;
        return ContentCatalog.Load(root.ToJsonString(), options);
    }
}
