using System.Text.Json;
using CrampBot.Content;
using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Safety;

/// <summary>Every sign the recognizer listens for is in the content file, at the right rung, citing published guidance.</summary>
public sealed class SignSourcesTests
{
    public static TheoryData<string, TriageLevel> RecognizerSigns()
    {
        var data = new TheoryData<string, TriageLevel>();
        foreach (var sign in Enum.GetValues<EmergencySymptoms>().Where(s => s != EmergencySymptoms.None))
        {
            data.Add(JsonNamingPolicy.CamelCase.ConvertName(sign.ToString()), TriageLevel.Emergency);
        }

        foreach (var sign in Enum.GetValues<DvtSigns>().Where(s => s != DvtSigns.None))
        {
            data.Add(JsonNamingPolicy.CamelCase.ConvertName(sign.ToString()), TriageLevel.UrgentSameDay);
        }

        data.Add("swelling", TriageLevel.UrgentSameDay);
        return data;
    }

    [Theory]
    [MemberData(nameof(RecognizerSigns))]
    public void Each_sign_is_in_the_content_at_its_level_with_a_published_source(string id, TriageLevel level)
    {
        var sign = Assert.Single(TestContent.Catalog.Signs, s => s.Id == id);
        Assert.Equal(level, sign.Level);
        Assert.NotEmpty(sign.Sources);
        Assert.All(sign.Sources, source => Assert.True(
            source.Url.StartsWith("https://www.nhs.uk/", StringComparison.Ordinal) || source.Url.StartsWith("leaflet:", StringComparison.Ordinal),
            $"{id} cites {source.Url}: signs cite NHS guidance or the leaflet"));
    }

    [Fact]
    public void The_other_signs_question_lists_every_dvt_sign_but_swelling()
    {
        var expected = Enum.GetValues<DvtSigns>().Where(s => s != DvtSigns.None).Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
        Assert.Equal(expected.Order(), TestContent.Catalog.Triage.OtherSignIds.Order());
    }

    [Fact]
    public void No_source_title_hard_codes_an_emergency_number()
    {
        var titles = TestContent.Catalog.SafetyRules.SelectMany(r => r.Sources).Concat(TestContent.Catalog.Signs.SelectMany(s => s.Sources)).Select(s => s.Title);
        Assert.All(titles, title => Assert.DoesNotContain("999", title));
    }
}
