using CrampBot.Tests.Content;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// The held-out batches: written blind before a round of tuning, never tuned on. Only their aggregate figures are
/// printed (never the rows that fail), so reading a test run does not turn them into tuning data. The floors are the
/// scores reached without tuning on them (issue 12's target was 95 %; see README, Understanding): the build fails if
/// a change makes them worse.
/// </summary>
public sealed class HeldOutBatchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("heldout-batch-3.tsv", 0.91, 0)]
    [InlineData("heldout-batch-4.tsv", 0.91, 0)]
    [InlineData("heldout-batch-5.tsv", 0.90, 0)]
    // Batch 6's one allowed miss is a label the safety review (README, Understanding) disagreed with: a general
    // question about treating a clot, answered with the DVT topic and its same-day advice, not the leg pain check.
    [InlineData("heldout-batch-6.tsv", 0.90, 1)]
    public void A_fresh_batch_keeps_its_floor_and_raises_no_false_emergency(string fileName, double floor, int missedRedFlags)
    {
        var score = EvaluationScore.Measure(EvaluationSet.Load(fileName), TestContent.Recognizer);
        score.WriteSummary(output);

        Assert.True(score.Accuracy >= floor, $"{fileName}: accuracy {score.Accuracy:P1} is below {floor:P0}");
        Assert.True(score.Flagged - score.Caught <= missedRedFlags, $"{fileName}: red-flag recall {score.Caught}/{score.Flagged}");
        Assert.True(score.FalseEmergencies == 0, $"{fileName}: {score.FalseEmergencies} false emergencies");
    }
}
