using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

/// <summary>
/// How the recognizer reads phrasings it has not learned from: 10-fold cross-validation on the development set (the
/// phrasing classifier learns from nine tenths and is measured on the tenth, ten times), and the evaluation set read
/// by a recognizer that learned from the development set alone. The keywords were tuned on both sets, so the
/// keywords-only figure beside it is the one to beat, not a blind one (the held-out batches are).
/// </summary>
public sealed class CrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 10;
    private const string DevelopmentFile = "development-set.tsv";

    [Fact]
    public void The_phrasing_classifier_adds_to_the_keywords_on_phrasings_it_never_learned()
    {
        var development = EvaluationSet.Load(DevelopmentFile);
        var fold = FoldOf(development);
        var learned = new RecognizerOptions();
        var keywordsOnly = new RecognizerOptions { PhrasingWeight = 0 };
        var folds = Enumerable.Range(0, Folds)
            .Select(k => (Cases: development.Where(c => fold[c] == k).ToList(),
                Recognizer: new CrampRecognizer(TestContent.Catalog, learned, [.. development.Where(c => fold[c] != k).Select(Phrasing)])))
            .ToList();

        var keywords = new CrampRecognizer(TestContent.Catalog, keywordsOnly, []);
        var before = EvaluationScore.Measure(development, keywords);
        var after = EvaluationScore.Combine(folds.Select(f => EvaluationScore.Measure(f.Cases, f.Recognizer)));
        var evaluation = EvaluationSet.Load();
        var check = EvaluationScore.Measure(evaluation, new CrampRecognizer(TestContent.Catalog, learned, [.. development.Select(Phrasing)]));
        var checkBefore = EvaluationScore.Measure(evaluation, keywords);

        var topicRows = development.Count(c => c.Tag.StartsWith("topic:", StringComparison.Ordinal));
        var aloneRight = folds.Sum(f => f.Cases.Count(c =>
            c.Tag.StartsWith("topic:", StringComparison.Ordinal) && f.Recognizer.PhrasingGuess(c.Utterance) == c.Tag.Split('+')[0]));

        output.WriteLine($"development set, {Folds}-fold cross-validated: keywords only {Line(before)}");
        output.WriteLine($"                                  with the phrasing classifier {Line(after)}");
        output.WriteLine($"evaluation set (classifier learned from the development set): keywords only {Line(checkBefore)}");
        output.WriteLine($"                                                           with the classifier {Line(check)}");
        output.WriteLine($"the classifier alone, topic rows of the development set: {aloneRight}/{topicRows} = {(double)aloneRight / topicRows:P1}");

        Assert.True(after.Accuracy >= before.Accuracy, $"cross-validated {after.Accuracy:P1} is below the keywords' {before.Accuracy:P1}");
        Assert.True(check.Accuracy >= checkBefore.Accuracy, $"evaluation set {check.Accuracy:P1} is below the keywords' {checkBefore.Accuracy:P1}");
        foreach (var score in new[] { after, check })
        {
            Assert.True(score.Caught == score.Flagged, $"red-flag recall {score.Caught}/{score.Flagged}");
            Assert.True(score.FalseEmergencies == 0, $"{score.FalseEmergencies} false emergencies");
        }
    }

    private static string Line(EvaluationScore s) =>
        $"{s.Right}/{s.Results.Count} = {s.Accuracy:P1}, directly {(double)s.RightDirectly / s.Results.Count:P1}, " +
        $"\"did you mean\" {(double)s.Clarifications / s.Results.Count:P1}, red flags {s.Caught}/{s.Flagged}, false emergencies {s.FalseEmergencies}";

    private static LabelledPhrasing Phrasing(EvaluationCase c) => new(c.Tag, c.Utterance);

    // Stratified: the rows of each label are dealt round the folds in file order, so every fold holds every topic.
    private static Dictionary<EvaluationCase, int> FoldOf(IReadOnlyList<EvaluationCase> cases) =>
        cases.GroupBy(c => c.Tag.Split('+')[0])
            .SelectMany(g => g.Select((c, i) => (Case: c, Fold: i % Folds)))
            .ToDictionary(x => x.Case, x => x.Fold);
}
