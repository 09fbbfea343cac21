using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>The evaluation set is big enough, covers everything, and was written fresh.</summary>
public sealed class EvaluationSetHygieneTests
{
    private static readonly IReadOnlyList<EvaluationCase> Cases = EvaluationSet.Load();

    [Fact]
    public void It_has_at_least_200_utterances()
    {
        Assert.True(Cases.Count >= 200, $"only {Cases.Count} utterances");
    }

    [Fact]
    public void No_utterance_is_copied_from_the_content_files_example_questions()
    {
        var examples = TestContent.Catalog.Topics.SelectMany(t => t.ExampleQuestions.Append(t.Title))
            .Select(TextNormalizer.Normalize).ToHashSet();

        var copied = Cases.Where(c => examples.Contains(TextNormalizer.Normalize(c.Utterance))).Select(c => c.ToString()).ToList();
        Assert.Empty(copied);
    }

    [Fact]
    public void No_utterance_is_listed_twice()
    {
        var duplicates = Cases.GroupBy(c => TextNormalizer.Normalize(c.Utterance)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_topic_intent_and_red_flag_is_covered()
    {
        var missingTopics = TestContent.Catalog.Topics.Where(t => Cases.Count(c => c.Tag == "topic:" + t.Id) < 2).Select(t => t.Id).ToList();
        Assert.Empty(missingTopics);

        foreach (var intent in new[] { "greeting", "help", "cancel", "terms", "forgetMe", "thanks", "outOfScope", "symptoms" })
        {
            Assert.True(Cases.Count(c => c.Tag == intent) >= 5, intent);
        }

        Assert.True(Cases.Count(c => c.Tag.StartsWith("unknownMedicine:", StringComparison.Ordinal)) >= 5);
        Assert.True(Cases.Count(c => c.Tag.StartsWith("stopMedicine", StringComparison.Ordinal)) >= 5);
        foreach (var flag in new[] { RedFlag.LegPain, RedFlag.DvtSign, RedFlag.Emergency })
        {
            Assert.True(Cases.Count(c => c.RedFlag == flag) >= 10, flag.ToString());
        }

        Assert.True(Cases.Count(c => c.Utterance.Contains("no chest pain") || c.Utterance.Contains("isnt swollen") || c.Utterance.Contains("no swelling")) >= 3);
    }
}
