using CrampBot.Content;
using CrampBot.Tests.Content;
using CrampBot.Understanding;

namespace CrampBot.Tests.Understanding;

public sealed class CrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 10;

    [Fact]
    public void Cross_validated_on_the_development_set()
    {
        var dev = EvaluationSet.Load("development-set.tsv");
        var fold = FoldOf(dev);
        var contentPath = Environment.GetEnvironmentVariable("CV_CONTENT");
        var catalog = string.IsNullOrEmpty(contentPath) ? TestContent.Catalog : ContentCatalog.Load(File.ReadAllText(contentPath), new ContentOptions());
        var recognizers = Enumerable.Range(0, Folds)
            .Select(k => new CrampRecognizer(catalog, null, [.. dev.Where(c => fold[c] != k && (Half == 0 || (c.Line + k) % 2 == 0)).Concat(Environment.GetEnvironmentVariable("CV_PLUS_EVAL") == "1" ? EvaluationSet.Load() : []).Select(Phrasing)]))
            .ToList();
        var all = new CrampRecognizer(catalog, null, [.. dev.Select(Phrasing)]);
        var eval = EvaluationSet.Load();
        var firstLate = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "development-set.tsv"))
            .Select((l, i) => (l, i)).First(x => x.l.StartsWith("# development set, part 4", StringComparison.Ordinal)).i + 1;
        var topicRows = dev.Where(c => c.Tag.StartsWith("topic:", StringComparison.Ordinal)).ToList();
        var alone = topicRows.Count(c => recognizers[fold[c]].ClassifierLabel(c.Utterance) == c.Tag.Split('+')[0]);
        output.WriteLine($"classifier alone, topic rows: {alone}/{topicRows.Count} = {(double)alone / topicRows.Count:P1}");
        var mode = int.Parse(Environment.GetEnvironmentVariable("CV_MODE") ?? "1");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = new CrampRecognizer(catalog);
        output.WriteLine($"build with embedded phrasings: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        _ = new CrampRecognizer(catalog, null, []);
        output.WriteLine($"build without: {watch.ElapsedMilliseconds} ms");
        foreach (var weight in Weights())
        {
            foreach (var r in recognizers.Append(all))
            {
                r.BlendWeight = weight;
                r.BlendMode = mode;
            }

            var score = EvaluationScore.Combine(Enumerable.Range(0, Folds).Select(k => EvaluationScore.Measure([.. dev.Where(c => fold[c] == k)], recognizers[k])));
            var check = EvaluationScore.Measure(eval, all);
            var lateRight = score.Results.Where(r => r.Case.Line > firstLate).ToList();
            if (Environment.GetEnvironmentVariable("CV_SHOW") == "1")
            {
                foreach (var (c, r) in score.Results.Where(r => !EvaluationScore.IsRight(r)))
                {
                    var lexical = recognizers[fold[c]];
                    lexical.BlendWeight = 0;
                    var before = EvaluationSet.TagOf(lexical.Recognize(c.Utterance));
                    lexical.BlendWeight = weight;
                    output.WriteLine($"  MISS {c.Line} [{c.Tag}] got {EvaluationSet.TagOf(r)} (lexical {before}, classifier {lexical.ClassifierLabel(c.Utterance)}) {c.Utterance}");
                }
            }

            output.WriteLine($"mode {mode} blend {weight:0.00}: dev CV {Line(score)} | parts 4-6 {lateRight.Count(EvaluationScore.IsRight)}/{lateRight.Count} = {(double)lateRight.Count(EvaluationScore.IsRight) / lateRight.Count:P1} | eval {Line(check)}");
        }
    }

    private static readonly int Half = Environment.GetEnvironmentVariable("CV_HALF") == "1" ? 1 : 0;

    private static IEnumerable<double> Weights() =>
        (Environment.GetEnvironmentVariable("CV_WEIGHTS") ?? "0,0.2,0.3,0.4,0.5").Split(',').Select(double.Parse);

    private static string Line(EvaluationScore s) =>
        $"{s.Accuracy:P1} direct {(double)s.RightDirectly / s.Results.Count:P1} dym {(double)s.Clarifications / s.Results.Count:P1} rf {s.Caught}/{s.Flagged} fe {s.FalseEmergencies}";

    private static LabelledPhrasing Phrasing(EvaluationCase c) => new(c.Tag, c.Utterance);

    // Stratified: the rows of each label are dealt round the folds in file order.
    private static Dictionary<EvaluationCase, int> FoldOf(IReadOnlyList<EvaluationCase> cases) =>
        cases.GroupBy(c => c.Tag.Split('+')[0])
            .SelectMany(g => g.Select((c, i) => (c, i % Folds)))
            .ToDictionary(x => x.c, x => x.Item2);
}
