using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampBot.Bench;

/// <summary>
/// Web chat load: <c>Conversations</c> Direct Line sessions open at once, each with its own WebSocket stream, each
/// posting <c>Messages</c> messages spread over <c>Duration</c> seconds. A reply's latency runs from the post to the
/// bot's reply (replyToId = the posted id) arriving on that session's socket. The server's RSS is read before the
/// sessions open, at its peak, and <c>Settle</c> seconds after every socket closed.
/// </summary>
internal static class WebChatLoad
{
    private static readonly string[] Texts = ["what causes leg cramps", "can medicines cause cramps", "thanks"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var secret = options.Secret ?? throw new ArgumentException("--secret (the server's DirectLine:Secret) is required");
        var server = new ServerProcess(options.ServerPid);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseProxy = false })
        {
            BaseAddress = new Uri(options.Url),
            Timeout = TimeSpan.FromSeconds(120),
        };
        var rssBefore = server.RssMegabytes();
        var cpuBefore = server.CpuMilliseconds();
        var latencies = new Latencies();
        var failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();

        // Open every session first (64 at a time, like browsers arriving), then let all of them talk.
        var sessions = new Session[options.Conversations];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Conversations), new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (i, _) => sessions[i] = await Session.OpenAsync(http, secret));
        var opened = clock.Elapsed.TotalSeconds;

        var gap = options.DurationSeconds / options.Messages;
        await Task.WhenAll(sessions.Select(async session =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Random.Shared.NextDouble() * gap));
                for (var k = 0; k < options.Messages; k++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await session.SendAndAwaitReplyAsync(http, Texts[k % Texts.Length]);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (k + 1 < options.Messages)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(gap * (0.5 + Random.Shared.NextDouble())));
                    }
                }
            }
            catch (Exception exception)
            {
                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstFailure, exception.GetType().Name + ": " + exception.Message, null);
            }
        }));
        var talked = clock.Elapsed.TotalSeconds;
        var cpuAfter = server.CpuMilliseconds();
        var rssPeak = server.RssMegabytes();
        await Task.WhenAll(sessions.Select(s => s.CloseAsync()));
        await Task.Delay(TimeSpan.FromSeconds(options.SettleSeconds));
        var rssAfter = server.RssMegabytes();

        if (firstFailure is not null)
        {
            Console.Error.WriteLine($"{options.Name}: first failure: {firstFailure}");
        }
        var cpuPerMessage = cpuBefore is { } b && cpuAfter is { } a && latencies.Count > 0 ? (a - b) / latencies.Count : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT name={options.Name} sessions={options.Conversations} messages={latencies.Count} open_s={opened:F1} talk_s={talked - opened:F1} p50={latencies.Percentile(0.50):F1} p99={latencies.Percentile(0.99):F1} cpu={cpuPerMessage:F3} rss_before={rssBefore:F0} rss_end_of_talk={rssPeak:F0} rss_peak={server.PeakRssMegabytes():F0} rss_after_close={rssAfter:F0} failures={failures}"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One Web Chat client: a conversation, its token, its stream, and the replies seen on it.</summary>
    private sealed class Session
    {
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _replies = new(StringComparer.Ordinal);
        private string _conversationId = "";
        private string _token = "";
        private Task _reading = Task.CompletedTask;

        public static async Task<Session> OpenAsync(HttpClient http, string secret)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var started = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var session = new Session { _conversationId = (string)started["conversationId"]!, _token = (string)started["token"]! };
            await session._socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
            session._reading = session.ReadAsync();
            return session;
        }

        public async Task SendAndAwaitReplyAsync(HttpClient http, string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            request.Content = new StringContent(
                $$"""{"type":"message","from":{"id":"bench-user"},"locale":"en-US","text":{{JsonSerializer.Serialize(text)}}}""",
                Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
            await Reply(id).Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        public async Task CloseAsync()
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already closed by the server.
            }
            await _reading;
            _socket.Dispose();
        }

        private TaskCompletionSource Reply(string activityId) =>
            _replies.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private async Task ReadAsync()
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            try
            {
                while (true)
                {
                    var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                    if (!result.EndOfMessage)
                    {
                        continue;
                    }
                    if (message.Length > 0 && JsonNode.Parse(message.ToArray())?["activities"] is JsonArray activities)
                    {
                        foreach (var replyTo in activities.Select(a => a?["replyToId"]?.GetValue<string>()).OfType<string>())
                        {
                            Reply(replyTo).TrySetResult();
                        }
                    }
                    message.SetLength(0);
                }
            }
            catch (WebSocketException)
            {
                // The socket went away; pending replies time out and count as failures.
            }
        }
    }
}
