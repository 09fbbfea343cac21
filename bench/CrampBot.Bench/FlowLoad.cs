using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.Bench;

/// <summary>
/// The flow: <c>Conversations</c> conversations in parallel, each posting the script's turns one after the
/// other with <c>expectReplies</c> (closed loop), a new conversation after the last turn. Turns completed inside the
/// measured window count; the server's CPU time over the same window is divided by them.
/// </summary>
internal static class FlowLoad
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var script = TurnScript.Load(options.TurnsFile);
        var server = new ServerProcess(options.ServerPid);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false })
        {
            BaseAddress = new Uri(options.Url),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var latencies = new Latencies();
        var measuring = false;
        var stop = false;
        var turns = 0L;
        var failures = 0L;
        string? firstFailure = null;
        var run = Guid.NewGuid().ToString("N")[..8];

        async Task WorkerAsync(int worker)
        {
            for (var conversation = 0; !Volatile.Read(ref stop); conversation++)
            {
                var conversationId = $"bench-{run}-{worker}-{conversation}";
                for (var i = 0; i < script.Count && !Volatile.Read(ref stop); i++)
                {
                    var counted = Volatile.Read(ref measuring);
                    var started = Stopwatch.GetTimestamp();
                    var (ok, problem) = await PostTurnAsync(http, options.Url, conversationId, i, script[i]);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!ok)
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref firstFailure, $"turn {i + 1} ({script[i].Text}): {problem}", null);
                        break;
                    }
                    if (counted && Volatile.Read(ref measuring))
                    {
                        Interlocked.Increment(ref turns);
                        latencies.Add(elapsed);
                    }
                }
            }
        }

        // The warm-up starts once the first turn is answered: a server that is still starting up (JIT on a busy
        // machine) would otherwise eat the warm-up and part of the measured window.
        var (firstOk, firstProblem) = await PostTurnAsync(http, options.Url, $"bench-{run}-first", 0, script[0]);
        if (!firstOk)
        {
            Console.Error.WriteLine($"{options.Name}: first turn failed: {firstProblem}");
        }
        var workers = Enumerable.Range(0, options.Conversations).Select(w => Task.Run(() => WorkerAsync(w))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));
        var cpuBefore = server.CpuMilliseconds();
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, true);
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds));
        Volatile.Write(ref measuring, false);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuAfter = server.CpuMilliseconds();
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);

        var cpuPerTurn = cpuBefore is { } b && cpuAfter is { } a && turns > 0 ? (a - b) / turns : double.NaN;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"RESULT name={options.Name} c={options.Conversations} turns={turns} tps={turns / seconds:F0} p50={latencies.Percentile(0.50):F2} p99={latencies.Percentile(0.99):F2} cpu={cpuPerTurn:F3} rss={server.PeakRssMegabytes() ?? double.NaN:F0} failures={failures}");
        if (firstFailure is not null)
        {
            Console.Error.WriteLine($"{options.Name}: first failure: {firstFailure}");
        }
        Console.WriteLine(line);
        return failures == 0 ? 0 : 1;
    }

    private static async Task<(bool Ok, string? Problem)> PostTurnAsync(HttpClient http, string url, string conversationId, int index, ScriptTurn turn)
    {
        var body = $$$"""
            {"type":"message","id":"{{{conversationId}}}-{{{index}}}","channelId":"emulator","locale":"en-US","text":{{{JsonSerializer.Serialize(turn.Text)}}},"deliveryMode":"expectReplies","serviceUrl":"{{{url}}}","from":{"id":"user-{{{conversationId}}}","role":"user"},"recipient":{"id":"bot","role":"bot"},"conversation":{"id":"{{{conversationId}}}"}}
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (false, $"HTTP {(int)response.StatusCode}");
        }
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["activities"] as JsonArray;
        return replies is not null && TurnScript.Matches(turn, replies) ? (true, null) : (false, "replies do not match the script");
    }
}
