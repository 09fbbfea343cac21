using CrampBot.Content;

namespace CrampBot.Tests.Content;

/// <summary>
/// The places a clinical read found the content saying more, or other, than the leaflet: each is checked so the
/// faithful wording cannot drift back.
/// </summary>
public sealed class LeafletFidelityTests
{
    private static ContentCatalog Catalog => TestContent.Catalog;

    [Fact]
    public void A_leg_cramp_is_a_painful_muscle_contraction_not_any_sudden_leg_pain()
    {
        var answer = Catalog.GetTopic("what-is-a-leg-cramp").Answer;

        Assert.DoesNotContain("A leg cramp is a sudden pain", answer);
        Assert.StartsWith("Leg cramps are painful muscle contractions (spasms)", answer);
        Assert.Contains("feel a sudden pain in their leg", answer);
    }

    [Fact]
    public void Treatment_for_a_clot_is_said_only_of_someone_who_has_a_DVT()
    {
        var unconditional = Catalog.Topics
            .Where(t => t.Answer.Contains("medicine to treat the clot") && !t.Answer.Contains("If you have a DVT, you will need medicine to treat the clot"))
            .Select(t => t.Id);

        Assert.Empty(unconditional);
        Assert.Contains("If you have a DVT, you will need medicine to treat the clot", Catalog.GetTopic("dvt").Answer);
    }

    [Fact]
    public void The_kidneys_card_defines_dialysis_as_the_leaflet_does()
    {
        var whyItMatters = Catalog.GetTopic("kidneys").WhyItMatters!;

        Assert.StartsWith("Dialysis is when a machine is used to clean your blood because your kidneys aren't working properly.", whyItMatters);
        Assert.DoesNotContain("you may need dialysis", whyItMatters);
    }

    [Fact]
    public void The_risk_factors_are_a_list_one_a_line()
    {
        var lines = Catalog.GetTopic("why-do-i-get-leg-cramps").Answer.Split('\n');
        var items = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

        Assert.Equal(Catalog.RiskFactors.Count, items.Count);
        // A list item followed directly by text would run on into it in Markdown (Web Chat, Teams): a blank line ends the list.
        var afterList = Array.FindLastIndex(lines, l => l.StartsWith("- ", StringComparison.Ordinal)) + 1;
        Assert.True(afterList == lines.Length || lines[afterList].Length == 0, "a blank line follows the list");
    }

    [Fact]
    public void How_long_a_cramp_lasts_is_hedged_as_the_leaflets_research()
    {
        var topic = Catalog.GetTopic("how-long-cramps-last");

        Assert.True(topic.CitesResearch);
        Assert.Contains("up to 10 minutes", topic.Answer);
        Assert.StartsWith("Research summarised in the leaflet suggests", topic.Answer);
    }

    [Fact]
    public void Never_stopping_a_medicine_cites_the_NHS_pages_on_steroids_and_lithium()
    {
        var urls = Catalog.SafetyRules.Single(r => r.Id == "never-stop-medicine").Sources.Select(s => s.Url).ToList();

        Assert.Contains("https://www.nhs.uk/medicines/statins/", urls);
        Assert.Contains("https://www.nhs.uk/medicines/prednisolone/", urls);
        Assert.Contains("https://www.nhs.uk/medicines/lithium/", urls);
    }
}
