using System.Diagnostics;
using System.Globalization;
using CrampBot.Content;
using CrampBot.Understanding;
using CrampBot.Understanding.Bench;

// CPU to understand one message (issue 11: at most 5 ms, whatever its length or spelling). A benchmark, never a
// timed test: bench/run.sh --understand runs it. Each kind of message is built fresh per call (its own seed), the
// calls run on one thread, and each call's CPU is that thread's getrusage time. Printed per kind: mean and worst
// milliseconds of CPU per message, KB allocated per message, and the red flag of the last one (a check that the whole
// message was read).
//   dotnet CrampBot.Understanding.Bench.dll [--calls N] [--kinds misspelt-2k,alarm-2k,...] [--phrasing-weight W]
// (--phrasing-weight 0: the keywords alone, without the phrasing classifier's second reading)
string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var calls = int.Parse(Get("--calls") ?? "20", CultureInfo.InvariantCulture);
var kinds = new (string Name, Func<int, string> Build)[]
{
    ("turn", _ => "my calf hurts"),
    // The keywords are unsure here, so the phrasing classifier reads it too (a second decision).
    ("unsure-turn", _ => "is it ok to have them all the time"),
    ("misspelt-2k", seed => WorstMessages.Misspelt(2_000, seed)),
    ("alarm-2k", seed => WorstMessages.DenseAlarm(2_000, seed)),
    ("calm-2k", seed => WorstMessages.MisspeltCalm(2_000, seed)),
    ("misspelt-250k", seed => WorstMessages.Misspelt(250_000, seed)),
    ("alarm-250k", seed => WorstMessages.DenseAlarm(250_000, seed)),
};
var chosen = Get("--kinds")?.Split(',') ?? [.. kinds.Select(k => k.Name)];

var options = new RecognizerOptions();
if (Get("--phrasing-weight") is { } weight)
{
    options.PhrasingWeight = double.Parse(weight, CultureInfo.InvariantCulture);
}

var recognizer = new CrampRecognizer(ContentCatalog.Load(new ContentOptions { AllowUnreviewed = true }), options);
// Warm-up, so the runtime has tiered the code up before anything is measured: every kind as many times as measured.
string[] warmUp = ["hi", "what causes leg cramps", "my calf hurts", "yes"];
for (var round = 0; round < 200; round++)
{
    recognizer.Recognize(warmUp[round % warmUp.Length]);
}

foreach (var (name, build) in kinds.Where(k => chosen.Contains(k.Name)))
{
    for (var seed = 1; seed <= Calls(name); seed++)
    {
        recognizer.Recognize(build(-seed));
    }
}

foreach (var (name, build) in kinds.Where(k => chosen.Contains(k.Name)))
{
    var count = Calls(name);
    var messages = Enumerable.Range(0, count).Select(build).ToList();
    var cpu = new List<double>();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var wall = Stopwatch.StartNew();
    RedFlag last = default;
    foreach (var message in messages)
    {
        var before = ThreadCpu.Milliseconds();
        last = recognizer.Recognize(message).RedFlag;
        cpu.Add(ThreadCpu.Milliseconds() - before);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"RESULT kind={name} chars={messages[0].Length} calls={count} cpu_mean_ms={cpu.Average():0.###} cpu_max_ms={cpu.Max():0.###} wall_ms={wall.Elapsed.TotalMilliseconds / count:0.###} alloc_kb={(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024 / count} redflag={last}"));
}

int Calls(string kind) => kind.EndsWith("turn", StringComparison.Ordinal) ? calls * 10 : kind.EndsWith("250k", StringComparison.Ordinal) ? Math.Max(3, calls / 5) : calls;
