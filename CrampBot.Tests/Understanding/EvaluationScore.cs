using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// The figures of one labelled set: topic/intent accuracy, how many of the right ones were answered without a
/// "Did you mean …?", red-flag recall and false emergencies, per family. Aggregates only, so the held-out batches can
/// be measured without showing which of their rows fail.
/// </summary>
internal sealed class EvaluationScore
{
    private EvaluationScore(IReadOnlyList<(EvaluationCase Case, Recognition Result)> results) => Results = results;

    public IReadOnlyList<(EvaluationCase Case, Recognition Result)> Results { get; }

    public int Right => Results.Count(IsRight);

    public double Accuracy => (double)Right / Results.Count;

    /// <summary>Right and answered straight away (no "Did you mean …?").</summary>
    public int RightDirectly => Results.Count(r => IsRight(r) && !r.Result.NeedsClarification);

    public int Clarifications => Results.Count(r => r.Result.NeedsClarification);

    public int Flagged => Results.Count(r => r.Case.RedFlag != RedFlag.None);

    /// <summary>Red-flag rows raised at their level or above.</summary>
    public int Caught => Results.Count(r => r.Case.RedFlag != RedFlag.None && r.Result.RedFlag >= r.Case.RedFlag);

    public int FalseEmergencies => Results.Count(r => r.Case.RedFlag != RedFlag.Emergency && r.Result.RedFlag == RedFlag.Emergency);

    public static EvaluationScore Measure(IReadOnlyList<EvaluationCase> cases, CrampRecognizer recognizer) =>
        new([.. cases.Select(c => (c, recognizer.Recognize(c.Utterance)))]);

    /// <summary>The figures of several sets measured apart (the folds of a cross-validation) as one.</summary>
    public static EvaluationScore Combine(IEnumerable<EvaluationScore> parts) => new([.. parts.SelectMany(p => p.Results)]);

    public static bool IsRight((EvaluationCase Case, Recognition Result) r) =>
        EvaluationSet.Matches(r.Case.Tag, EvaluationSet.TagOf(r.Result));

    public void WriteSummary(ITestOutputHelper output)
    {
        var emergencies = Results.Where(r => r.Case.RedFlag == RedFlag.Emergency).ToList();
        output.WriteLine($"utterances: {Results.Count}");
        output.WriteLine($"intent/topic accuracy: {Right}/{Results.Count} = {Accuracy:P1}");
        output.WriteLine($"right and answered directly: {RightDirectly}/{Results.Count} = {(double)RightDirectly / Results.Count:P1}");
        output.WriteLine($"answered with \"did you mean\": {Clarifications}/{Results.Count} = {(double)Clarifications / Results.Count:P1}");
        output.WriteLine($"red flag recall: {Caught}/{Flagged} (emergency {emergencies.Count(r => r.Result.RedFlag == RedFlag.Emergency)}/{emergencies.Count})");
        output.WriteLine($"false emergencies: {FalseEmergencies}");
        var twoQuestions = Results.Where(r => r.Case.Tag.Contains('+')).ToList();
        output.WriteLine($"two questions in one message, both recognised in order: {twoQuestions.Count(IsRight)}/{twoQuestions.Count}" +
            $" (first one right: {twoQuestions.Count(r => EvaluationSet.TagOf(r.Result).Split('+')[0] == r.Case.Tag.Split('+')[0])})");
        output.WriteLine($"one question answered with a second topic too: {Results.Count(r => !r.Case.Tag.Contains('+') && r.Result.SecondTopicId is not null)}");
        output.WriteLine("per family:");
        foreach (var family in Results.GroupBy(r => EvaluationSet.FamilyOf(r.Case.Tag)).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {family.Key,-16} {family.Count(IsRight)}/{family.Count()}, did you mean {family.Count(r => r.Result.NeedsClarification)}");
        }

        output.WriteLine("per red flag (recall):");
        foreach (var flag in Results.GroupBy(r => r.Case.RedFlag).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {flag.Key,-22} {flag.Count(r => r.Result.RedFlag >= flag.Key)}/{flag.Count()} caught, {flag.Count(r => r.Result.RedFlag == flag.Key)} exact");
        }
    }
}
