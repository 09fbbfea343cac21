using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

// Drives a Bot Framework bot over HTTP (POST {url}/api/messages, deliveryMode expectReplies) with the same short
// conversation in many parallel conversations, and reports turns per second and latency percentiles. It speaks only
// the wire protocol, so the same run can measure another bot (e.g. a botbuilder-js one) doing the same conversation.
var url = Argument("--url", "http://127.0.0.1:3978").TrimEnd('/');
var conversations = int.Parse(Argument("--conversations", "200"));
var concurrency = int.Parse(Argument("--concurrency", "8"));
string[] script = ["hello", "my calf hurts", "yes", "what is a DVT?", "thanks"];

using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
var latencies = new List<double>(conversations * script.Length);
var failures = 0;

// Warm-up: one conversation, not counted.
await RunConversationAsync(Guid.NewGuid().ToString("N"), record: false);

var clock = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = concurrency },
    async (_, _) => await RunConversationAsync(Guid.NewGuid().ToString("N"), record: true));
clock.Stop();

latencies.Sort();
var turns = latencies.Count;
Console.WriteLine($"bot: {url}  conversations: {conversations}  concurrency: {concurrency}  turns: {turns}  failures: {failures}");
Console.WriteLine($"throughput: {turns / clock.Elapsed.TotalSeconds:F0} turns/s over {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"latency ms: p50 {Percentile(0.50):F1}  p95 {Percentile(0.95):F1}  p99 {Percentile(0.99):F1}  max {latencies[^1]:F1}");
return failures == 0 ? 0 : 1;

async Task RunConversationAsync(string conversationId, bool record)
{
    var n = 0;
    foreach (var text in script)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversationId}-{n++}",
            ["channelId"] = "bench",
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = url,
            ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var replied = body?["activities"] is JsonArray { Count: > 0 };
        lock (latencies)
        {
            if (!response.IsSuccessStatusCode || !replied)
            {
                failures++;
            }
            if (record)
            {
                latencies.Add(elapsed);
            }
        }
    }
}

double Percentile(double p) => latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count) - 1, 0, latencies.Count - 1)];

string Argument(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
