using CrampBot.Tests.Content;
using Xunit.Abstractions;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// The held-out batches: written blind before a round of tuning, never tuned on. Only their aggregate figures are
/// printed (never the rows that fail), so reading a test run does not turn them into tuning data.
/// </summary>
public sealed class HeldOutBatchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("heldout-batch-3.tsv", 0.95)]
    [InlineData("heldout-batch-4.tsv", 0.95)]
    public void A_fresh_batch_scores_at_least_its_floor_with_every_red_flag_caught(string fileName, double floor)
    {
        var score = EvaluationScore.Measure(EvaluationSet.Load(fileName), TestContent.Recognizer);
        score.WriteSummary(output);

        Assert.True(score.Accuracy >= floor, $"{fileName}: accuracy {score.Accuracy:P1} is below {floor:P0}");
        Assert.True(score.Caught == score.Flagged, $"{fileName}: red-flag recall {score.Caught}/{score.Flagged} is below 100 %");
        Assert.True(score.FalseEmergencies == 0, $"{fileName}: {score.FalseEmergencies} false emergencies");
    }
}
