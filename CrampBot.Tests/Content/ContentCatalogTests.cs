using System.Text.Json;
using CrampBot.Content;

namespace CrampBot.Tests.Content;

public sealed class ContentCatalogTests
{
    private static ContentCatalog Catalog => TestContent.Catalog;

    [Fact]
    public void The_embedded_content_loads_with_the_leaflets_source_and_date()
    {
        Assert.Contains("Leg cramps", Catalog.Metadata.SourceTitle);
        Assert.Equal(new DateOnly(2012, 6, 20), Catalog.Metadata.LastUpdated);
        Assert.Equal("last updated 20 June 2012", Catalog.Metadata.LastUpdatedText);
        Assert.Contains("last updated 20 June 2012", Catalog.SourceLine);
        Assert.Matches(@"^\d+\.\d+\.\d+$", Catalog.Version);
        // Nobody knows who published the leaflet or under what licence: the file says so rather than guess.
        Assert.Equal("not recorded", Catalog.Metadata.SourcePublisher);
        Assert.Equal("not recorded", Catalog.Metadata.SourceLicence);
    }

    [Fact]
    public void The_emergency_number_defaults_to_999_and_fills_every_placeholder()
    {
        Assert.Equal("999", Catalog.EmergencyNumber);
        Assert.Contains("call 999", Catalog.Messages.Disclaimer);
        Assert.Contains("call 999", Catalog.Messages.SafetyNet);
        Assert.Contains("999", Catalog.GetOutcome(TriageLevel.Emergency).Title);

        var everything = JsonSerializer.Serialize(Catalog.Document);
        foreach (var placeholder in new[] { "{emergencyNumber}", "{outOfHoursRoute}", "{sourceTitle}", "{lastUpdated}" })
        {
            Assert.DoesNotContain(placeholder, everything);
        }
    }

    [Fact]
    public void Configuration_overrides_the_emergency_number()
    {
        var catalog = ContentCatalog.Load(new ContentOptions { EmergencyNumber = "112" });

        Assert.Contains("call 112", catalog.Messages.Disclaimer);
        Assert.DoesNotContain("999", catalog.Messages.SafetyNet);
        Assert.Contains("call 112", catalog.Messages.SafetyNet);
    }

    [Theory]
    [InlineData("next year", null, "Content:NextReviewDate")]
    [InlineData(null, "call an ambulance", "Content:EmergencyNumber")]
    public void Bad_configuration_fails_with_a_clear_message(string? reviewDate, string? number, string expected)
    {
        var e = Assert.Throws<ContentValidationException>(() =>
            ContentCatalog.Load(new ContentOptions { NextReviewDate = reviewDate, EmergencyNumber = number }));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_missing_content_path_fails_fast()
    {
        var e = Assert.Throws<ContentValidationException>(() =>
            ContentCatalog.Load(new ContentOptions { Path = Path.Combine(Path.GetTempPath(), "no-such-content.json") }));
        Assert.Contains("Content:Path", e.Message);
    }

    [Fact]
    public void Content_can_be_loaded_from_a_file_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crampbot-content-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestContent.ContentJson);
        try
        {
            var catalog = ContentCatalog.Load(new ContentOptions { Path = path });
            Assert.Equal(Catalog.Topics.Count, catalog.Topics.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_unknown_medicine_reply_names_the_medicine_and_sends_to_the_pharmacist()
    {
        var reply = Catalog.UnknownMedicineReply("ibuprofen");

        Assert.StartsWith("Ibuprofen isn't named on the leaflet's list", reply);
        Assert.Contains("pharmacist", reply);
        Assert.Contains("Don't stop", reply);
        Assert.DoesNotContain("{", reply);
    }

    [Fact]
    public void What_the_patient_typed_cannot_inject_markup_into_a_reply()
    {
        var reply = Catalog.UnknownMedicineReply("<script>alert(1)</script>[link](http://x)");

        Assert.DoesNotContain("<", reply);
        Assert.DoesNotContain("](", reply);
        Assert.StartsWith("That medicine", Catalog.UnknownMedicineReply("***"));
    }

    [Fact]
    public void The_synonym_note_says_which_listed_medicine_a_word_was_taken_to_mean()
    {
        var note = Catalog.MedicineSynonymNote("simvastatin", Catalog.GetMedicine("statins"));

        Assert.Contains("\"simvastatin\"", note);
        Assert.Contains("statins", note);
    }

    [Fact]
    public void Related_topics_and_menu_resolve_to_topics()
    {
        Assert.NotEmpty(Catalog.MenuTopics);
        Assert.Contains(Catalog.RelatedTopics(Catalog.GetTopic("dialysis")), t => t.Id == "kidneys");
        Assert.False(Catalog.TryGetTopic("no-such-topic", out _));
        Assert.Throws<KeyNotFoundException>(() => Catalog.GetTopic("no-such-topic"));
    }
}
