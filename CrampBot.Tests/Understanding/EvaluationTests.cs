using CrampBot.Tests.Content;
using CrampBot.Understanding;
using Xunit.Abstractions;

namespace CrampBot.Tests.Understanding;

/// <summary>Accuracy of the recognizer on fresh, labelled utterances; prints the figures per tag.</summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const double MinimumAccuracy = 0.95;
    private static readonly IReadOnlyList<EvaluationCase> Cases = EvaluationSet.Load();

    [Fact]
    public void Accuracy_is_at_least_95_percent_and_every_red_flag_is_caught()
    {
        var results = Cases.Select(c => (Case: c, Result: TestContent.Recognizer.Recognize(c.Utterance))).ToList();
        var intentRight = results.Count(r => EvaluationSet.Matches(r.Case.Tag, EvaluationSet.TagOf(r.Result)));
        var redFlagRight = results.Count(r => r.Result.RedFlag == r.Case.RedFlag);
        var flagged = results.Where(r => r.Case.RedFlag != RedFlag.None).ToList();
        var caught = flagged.Count(r => r.Result.RedFlag >= r.Case.RedFlag);
        var emergencies = results.Where(r => r.Case.RedFlag == RedFlag.Emergency).ToList();
        var falseEmergencies = results.Count(r => r.Case.RedFlag != RedFlag.Emergency && r.Result.RedFlag == RedFlag.Emergency);
        var clarifications = results.Count(r => r.Result.NeedsClarification);

        var accuracy = (double)intentRight / results.Count;
        output.WriteLine($"utterances: {results.Count}");
        output.WriteLine($"intent/topic accuracy: {intentRight}/{results.Count} = {accuracy:P1}");
        output.WriteLine($"red flag exact: {redFlagRight}/{results.Count} = {(double)redFlagRight / results.Count:P1}");
        output.WriteLine($"red flag recall: {caught}/{flagged.Count} (emergency {emergencies.Count(r => r.Result.RedFlag == RedFlag.Emergency)}/{emergencies.Count})");
        output.WriteLine($"false emergencies: {falseEmergencies}; answered with \"did you mean\": {clarifications}");
        output.WriteLine("");
        output.WriteLine("per family:");
        foreach (var family in results.GroupBy(r => EvaluationSet.FamilyOf(r.Case.Tag)).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {family.Key,-16} {Ratio(family)}");
        }

        output.WriteLine("per tag:");
        foreach (var tag in results.GroupBy(r => r.Case.Tag.StartsWith("unknownMedicine") ? "unknownMedicine" : r.Case.Tag.Split(':')[0] == "stopMedicine" ? "stopMedicine" : r.Case.Tag).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {tag.Key,-40} {Ratio(tag)}");
        }

        output.WriteLine("per red flag (recall):");
        foreach (var flag in results.GroupBy(r => r.Case.RedFlag).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {flag.Key,-22} {flag.Count(r => r.Result.RedFlag >= flag.Key)}/{flag.Count()} caught, {flag.Count(r => r.Result.RedFlag == flag.Key)} exact");
        }

        output.WriteLine("");
        output.WriteLine("misses:");
        foreach (var (c, r) in results.Where(r => !EvaluationSet.Matches(r.Case.Tag, EvaluationSet.TagOf(r.Result)) || r.Result.RedFlag != r.Case.RedFlag))
        {
            output.WriteLine($"  line {c.Line}: \"{c.Utterance}\" expected {c.Tag}/{c.RedFlag}, got {EvaluationSet.TagOf(r)}/{r.RedFlag} ({r.Score:0.00}) [{string.Join(", ", r.Candidates.Select(x => $"{x.TopicId ?? x.Intent.ToString()} {x.Score:0.00}"))}]");
        }

        Assert.True(accuracy >= MinimumAccuracy, $"accuracy {accuracy:P1} is below {MinimumAccuracy:P0}");
        Assert.True(caught == flagged.Count, $"red-flag recall {caught}/{flagged.Count} is below 100 %");
    }

    private static string Ratio(IGrouping<string, (EvaluationCase Case, Recognition Result)> group) =>
        $"{group.Count(r => EvaluationSet.Matches(r.Case.Tag, EvaluationSet.TagOf(r.Result)))}/{group.Count()} = " +
        $"{(double)group.Count(r => EvaluationSet.Matches(r.Case.Tag, EvaluationSet.TagOf(r.Result))) / group.Count():P0}";
}
