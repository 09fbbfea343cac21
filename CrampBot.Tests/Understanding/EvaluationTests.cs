using CrampBot.Tests.Content;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// Accuracy of the recognizer on the sets it is tuned on and its phrasing classifier learns from (the evaluation set
/// and issue 12's development set; <see cref="CrossValidationTests"/> measures them unlearned); prints the figures and,
/// since they are tuned on, the misses.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const double MinimumAccuracy = 0.95;

    [Theory]
    [InlineData(EvaluationSet.TuningFile)]
    [InlineData("development-set.tsv")]
    public void Accuracy_is_at_least_95_percent_and_every_red_flag_is_caught(string fileName)
    {
        var score = EvaluationScore.Measure(EvaluationSet.Load(fileName), TestContent.Recognizer);
        score.WriteSummary(output);

        output.WriteLine("");
        output.WriteLine("misses:");
        foreach (var (c, r) in score.Results.Where(r => !EvaluationScore.IsRight(r) || r.Result.RedFlag != r.Case.RedFlag))
        {
            output.WriteLine($"  line {c.Line}: \"{c.Utterance}\" expected {c.Tag}/{c.RedFlag}, got {EvaluationSet.TagOf(r)}/{r.RedFlag} ({r.Score:0.00}) [{string.Join(", ", r.Candidates.Select(x => $"{x.TopicId ?? x.Intent.ToString()} {x.Score:0.00}"))}]");
        }

        output.WriteLine("right topic first, but asked \"did you mean\":");
        foreach (var (c, r) in score.Results.Where(r => EvaluationScore.IsRight(r) && r.Result.NeedsClarification))
        {
            output.WriteLine($"  line {c.Line}: \"{c.Utterance}\" [{string.Join(", ", r.Candidates.Select(x => $"{x.TopicId} {x.Score:0.00}"))}]");
        }

        Assert.True(score.Accuracy >= MinimumAccuracy, $"accuracy {score.Accuracy:P1} is below {MinimumAccuracy:P0}");
        Assert.True(score.Caught == score.Flagged, $"red-flag recall {score.Caught}/{score.Flagged} is below 100 %");
        Assert.True(score.FalseEmergencies == 0, $"{score.FalseEmergencies} false emergencies");
    }
}
