using CrampBot.Content;

namespace CrampBot.Tests.Content;

/// <summary>Breaks the real content file in one place at a time: each break must stop loading with a clear message.</summary>
public sealed class ContentValidationTests
{
    [Fact]
    public void A_related_topic_that_does_not_exist_is_reported()
    {
        var problems = Break(root => Topic(root, "dvt")["relatedTopicIds"]!.AsArray().Add("no-such-topic"));
        Assert.Contains(problems, p => p.Contains("topic 'dvt'") && p.Contains("no-such-topic"));
    }

    [Fact]
    public void A_missing_message_is_reported()
    {
        var problems = Break(root => root["messages"]!.AsObject().Remove("safetyNet"));
        Assert.Contains(problems, p => p.Contains("safetyNet"));
    }

    [Fact]
    public void An_empty_answer_is_reported()
    {
        var problems = Break(root => Topic(root, "kidneys")["answer"] = " ");
        Assert.Contains(problems, p => p.Contains("topic 'kidneys'.answer"));
    }

    [Fact]
    public void An_unknown_placeholder_is_reported()
    {
        var problems = Break(root => root["messages"]!["help"] = "Call {emergencyNumbr}.");
        Assert.Contains(problems, p => p.Contains("$.messages.help") && p.Contains("{emergencyNumbr}"));
    }

    [Fact]
    public void A_per_reply_placeholder_outside_its_message_is_reported()
    {
        var problems = Break(root => root["messages"]!["thanks"] = "Glad {medicine} helped.");
        Assert.Contains(problems, p => p.Contains("$.messages.thanks") && p.Contains("{medicine}"));
    }

    [Fact]
    public void An_unmatched_brace_is_reported()
    {
        var problems = Break(root => root["messages"]!["help"] = "In an emergency call {emergencyNumber.");
        Assert.Contains(problems, p => p.Contains("unmatched brace"));
    }

    [Fact]
    public void A_card_topic_without_why_it_matters_is_reported()
    {
        var problems = Break(root => Topic(root, "ultrasound").Remove("whyItMatters"));
        Assert.Contains(problems, p => p.Contains("topic 'ultrasound'.whyItMatters"));
    }

    [Fact]
    public void An_answer_citing_research_without_saying_so_is_reported()
    {
        var problems = Break(root => Topic(root, "exercise")["answer"] = "Exercising can make cramps more likely.");
        Assert.Contains(problems, p => p.Contains("topic 'exercise'") && p.Contains("research"));
    }

    [Fact]
    public void A_safety_rule_without_a_source_is_reported()
    {
        var problems = Break(root => root["safetyRules"]![0]!["sources"] = new JsonArray());
        Assert.Contains(problems, p => p.Contains("cites no source"));
    }

    [Fact]
    public void A_reference_to_an_unknown_safety_rule_is_reported()
    {
        var problems = Break(root => Topic(root, "dvt")["safetyRuleIds"]!.AsArray().Add("made-up-rule"));
        Assert.Contains(problems, p => p.Contains("made-up-rule"));
    }

    [Fact]
    public void A_missing_triage_outcome_is_reported()
    {
        var problems = Break(root =>
        {
            var outcomes = root["triage"]!["outcomes"]!.AsArray();
            outcomes.Remove(outcomes.Single(o => (string?)o!["id"] == "urgent"));
        });
        Assert.Contains(problems, p => p.Contains("'urgent'"));
    }

    [Fact]
    public void A_misspelt_key_is_reported_rather_than_ignored()
    {
        var problems = Break(root => Topic(root, "dvt")["anwser"] = "typo");
        Assert.Contains(problems, p => p.Contains("anwser"));
    }

    [Fact]
    public void A_duplicate_topic_id_is_reported()
    {
        var problems = Break(root => root["topics"]!.AsArray().Add(Topic(root, "dvt").DeepClone()));
        Assert.Contains(problems, p => p.Contains("topic 'dvt' is defined twice"));
    }

    [Fact]
    public void Invalid_json_is_reported()
    {
        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load("{ not json", new ContentOptions()));
        Assert.Contains("not valid JSON", e.Message);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var problems = Break(root =>
        {
            Topic(root, "dvt")["relatedTopicIds"]!.AsArray().Add("missing-one");
            Topic(root, "kidneys")["relatedTopicIds"]!.AsArray().Add("missing-two");
        });
        Assert.Contains(problems, p => p.Contains("missing-one"));
        Assert.Contains(problems, p => p.Contains("missing-two"));
    }

    private static IReadOnlyList<string> Break(Action<JsonNode> breakIt)
    {
        var root = JsonNode.Parse(TestContent.ContentJson)!;
        breakIt(root);
        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load(root.ToJsonString(), new ContentOptions()));
        Assert.Contains("The CrampBot content file is invalid", e.Message);
        return e.Problems;
    }

    private static JsonObject Topic(JsonNode root, string id) =>
        root["topics"]!.AsArray().Single(t => (string?)t!["id"] == id)!.AsObject();
}
