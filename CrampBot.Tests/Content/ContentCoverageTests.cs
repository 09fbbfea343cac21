using CrampBot.Content;

namespace CrampBot.Tests.Content;

/// <summary>Every part of the leaflet is covered, and every answer can be traced back to it.</summary>
public sealed class ContentCoverageTests
{
    private static readonly string[] RequiredTopicIds =
    [
        "what-is-a-leg-cramp", "where-cramps-happen", "how-long-cramps-last", "when-cramps-happen",
        "are-leg-cramps-serious", "treatments", "why-do-i-get-leg-cramps", "pregnancy", "age", "exercise", "salts",
        "dialysis", "electrolyte-imbalance", "circulation", "varicose-veins", "nerve-damage", "muscle-disease",
        "medicines", "medicine-diuretics", "medicine-nifedipine", "medicine-beta-agonists", "medicine-steroids",
        "medicine-morphine", "medicine-cimetidine", "medicine-penicillamine", "medicine-statins", "medicine-lithium",
        "other-causes-of-leg-pain", "leg-injury", "dvt", "bakers-cyst", "kidneys", "ultrasound", "about-this-information",
    ];

    private static readonly string[] NineMedicines =
        ["diuretics", "nifedipine", "beta-agonists", "steroids", "morphine", "cimetidine", "penicillamine", "statins", "lithium"];

    private static readonly string[] NineRiskFactors =
        ["pregnancy", "age", "exercise", "salts", "dialysis", "electrolyte-imbalance", "circulation", "nerve-damage", "muscle-disease"];

    // The leaflet passages behind these topics carry reference marks ([1], [2], [3]): what happens in a cramp, how long
    // it lasts, the risk factors (varicose veins is part of one) and the medicines. Advice carries none.
    private static readonly string[] TopicsCitingResearch =
    [
        "what-is-a-leg-cramp", "how-long-cramps-last", "why-do-i-get-leg-cramps", "medicines", "varicose-veins",
        .. NineRiskFactors, .. NineMedicines.Select(m => "medicine-" + m),
    ];

    private static ContentCatalog Catalog => TestContent.Catalog;
    private static readonly string Leaflet = LeafletText.Normalize(TestContent.LeafletText);

    [Fact]
    public void Every_part_of_the_leaflet_has_a_topic()
    {
        var missing = RequiredTopicIds.Where(id => !Catalog.TryGetTopic(id, out _)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_nine_medicines_are_listed_as_the_leaflet_names_them()
    {
        Assert.Equal(NineMedicines, Catalog.Medicines.Select(m => m.Id));
        foreach (var medicine in Catalog.Medicines)
        {
            Assert.Contains(LeafletText.Normalize(medicine.Name), Leaflet);
            Assert.Contains(medicine.Name, Catalog.GetTopic("medicines").Answer, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(medicine.Name, Catalog.GetTopic(medicine.TopicId).Answer, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_nine_risk_factors_are_the_leaflets_bullets()
    {
        Assert.Equal(NineRiskFactors, Catalog.RiskFactors.Select(r => r.Id));
        var causes = Catalog.GetTopic("why-do-i-get-leg-cramps").Answer.ToLowerInvariant();
        foreach (var factor in Catalog.RiskFactors)
        {
            Assert.Contains(LeafletText.Normalize(factor.LeafletText), Leaflet);
            Assert.True(Catalog.TryGetTopic(factor.TopicId, out _), factor.Id);
        }

        foreach (var words in new[] { "pregnant", "middle-aged or older", "exercising", "salts", "dialysis", "electrolyte imbalance", "circulation", "varicose veins", "nerves", "muscles" })
        {
            Assert.Contains(words, causes);
        }
    }

    [Fact]
    public void Every_leaflet_section_quote_is_found_in_the_leaflet()
    {
        var quotes = Catalog.Topics.Select(t => (Where: "topic " + t.Id, Quote: t.LeafletSection))
            .Concat(Catalog.Triage.Outcomes.Where(o => o.LeafletSection.Length > 0).Select(o => (Where: "outcome " + o.Id, Quote: o.LeafletSection)));

        var notFound = quotes.Where(q => string.IsNullOrWhiteSpace(q.Quote) || !Leaflet.Contains(LeafletText.Normalize(q.Quote)))
            .Select(q => $"{q.Where}: \"{q.Quote}\"").ToList();
        Assert.Empty(notFound);
    }

    [Fact]
    public void Answers_from_the_leaflets_research_say_so_and_advice_does_not()
    {
        var phrase = Catalog.Metadata.ResearchPhrase;
        Assert.Equal("research summarised in the leaflet suggests", phrase);
        Assert.Equal(TopicsCitingResearch.Order(), Catalog.Topics.Where(t => t.CitesResearch).Select(t => t.Id).Order());
        foreach (var topic in Catalog.Topics)
        {
            Assert.True(topic.CitesResearch == topic.Answer.Contains(phrase, StringComparison.OrdinalIgnoreCase), topic.Id);
        }
    }

    [Fact]
    public void Kidneys_and_ultrasound_are_the_card_topics_and_say_why_they_matter()
    {
        Assert.Equal(["kidneys", "ultrasound"], Catalog.Topics.Where(t => t.Card).Select(t => t.Id));
        Assert.Contains("dialysis", Catalog.GetTopic("kidneys").WhyItMatters);
        Assert.Contains("blood clot", Catalog.GetTopic("ultrasound").WhyItMatters);
        Assert.Contains("swelling as well as pain", Catalog.GetTopic("ultrasound").WhyItMatters);
    }

    [Fact]
    public void The_dvt_answer_carries_the_leaflets_warning_and_the_escalation()
    {
        var dvt = Catalog.GetTopic("dvt").Answer;
        Assert.Contains("more serious than a leg cramp", dvt);
        Assert.Contains("medicine to treat the clot", dvt);
        Assert.Contains("ultrasound scan", dvt);
        // The escalation is the safety-net line the reply adds under the answer.
        Assert.True(Catalog.NeedsSafetyNet(Catalog.GetTopic("dvt")));
        Assert.Contains("call 999", Catalog.Messages.SafetyNet);
    }

    [Fact]
    public void The_triage_ladder_is_complete()
    {
        Assert.Equal("Is your leg swollen?", Catalog.Triage.Question);
        Assert.Equal(["Yes", "No", "Not sure"], Catalog.Triage.Choices.Select(c => c.Title));

        var emergency = Catalog.GetOutcome(TriageLevel.Emergency);
        Assert.Contains("call 999 now", emergency.Text);

        var urgent = Catalog.GetOutcome(TriageLevel.UrgentSameDay);
        Assert.Contains("contact your doctor today", urgent.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("blood clot", urgent.Text);
        Assert.Contains("medicine to treat the clot", urgent.Text);
        Assert.Contains("ultrasound scan", urgent.Text);
        Assert.Contains("ultrasound", urgent.RelatedTopicIds);

        var selfCare = Catalog.GetOutcome(TriageLevel.SelfCare);
        Assert.Contains("stop you sleeping", selfCare.Text);
        Assert.Contains("severe pain after an injury", selfCare.Text);
    }

    [Fact]
    public void Every_rule_beyond_the_leaflet_cites_a_source()
    {
        var used = Catalog.Topics.SelectMany(t => t.SafetyRuleIds)
            .Concat(Catalog.Triage.Outcomes.SelectMany(o => o.SafetyRuleIds))
            .Concat(Catalog.Document.MessageSafetyRules.Values.SelectMany(v => v))
            .Distinct().ToList();

        Assert.Contains("emergency-with-swollen-leg", used);
        Assert.Contains("never-stop-medicine", used);
        foreach (var rule in Catalog.SafetyRules)
        {
            Assert.NotEmpty(rule.Sources);
            Assert.All(rule.Sources, s => Assert.True(s.Url.StartsWith("https://www.nhs.uk/", StringComparison.Ordinal) || s.Url.StartsWith("leaflet:", StringComparison.Ordinal), s.Url));
        }

        // Topics that tell patients to go beyond the leaflet ("contact your doctor today", "call 999") name their rule.
        foreach (var topic in Catalog.Topics.Where(t => t.Answer.Contains("today") || t.Answer.Contains("call 999") || t.Answer.Contains("don't stop")))
        {
            Assert.NotEmpty(topic.SafetyRuleIds);
        }
    }

    [Fact]
    public void Medicine_replies_never_advise_stopping()
    {
        Assert.Contains("don't stop taking any medicine without talking to your doctor", Catalog.Messages.StopMedicine, StringComparison.OrdinalIgnoreCase);
        foreach (var medicine in Catalog.Medicines)
        {
            Assert.Contains("don't stop taking", Catalog.GetTopic(medicine.TopicId).Answer);
        }
    }

    [Fact]
    public void The_welcome_disclaimer_and_fixed_replies_are_present()
    {
        var m = Catalog.Messages;
        Assert.Contains("not a diagnosis", m.Disclaimer);
        Assert.StartsWith("Sorry, I can only help with leg cramps", m.OutOfScope);
        Assert.Contains("talk to your doctor", m.TalkToDoctor, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("deleted", m.ForgetMe);
        Assert.Contains("forget me", m.Help);
        Assert.Contains("forget me", m.Terms);
        // Six at most: Teams shows at most six buttons on a card (the ultrasound card is offered by the leg pain check).
        Assert.Equal(
            ["what-is-a-leg-cramp", "why-do-i-get-leg-cramps", "medicines", "are-leg-cramps-serious", "other-causes-of-leg-pain", "kidneys"],
            Catalog.MenuTopics.Select(t => t.Id));
    }

    [Fact]
    public void Recognizer_synonyms_are_never_shown_as_medical_content()
    {
        var answers = string.Join(" ", Catalog.Topics.Select(t => t.Answer));
        foreach (var synonym in Catalog.Medicines.SelectMany(m => m.RecognizerSynonyms).Where(s => !Leaflet.Contains(LeafletText.Normalize(s))))
        {
            Assert.DoesNotContain(synonym, answers, StringComparison.OrdinalIgnoreCase);
        }
    }
}
