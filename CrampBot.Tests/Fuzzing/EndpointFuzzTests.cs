using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using CrampBot.Channels.Connector;
using CrampBot.Content;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Over 10,000 generated and mutated requests against every public endpoint of the real app (Kestrel, the real cramp
/// conversation): every answer is 2xx or 4xx, the app stays up with bounded memory, and two conversations caught at
/// the swelling question (one on Direct Line, one on /api/messages) get their right answer afterwards.
/// The seed is printed; <c>CRAMPBOT_FUZZ_SEED=n</c> replays a run.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 10_400;
    private const int PoolSize = 24;
    private const long MemoryGrowthBound = 256L * 1024 * 1024;

    [Fact]
    public async Task Hostile_requests_get_2xx_or_4xx_and_a_conversation_caught_mid_check_still_gets_its_answer()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRAMPBOT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"Fuzz seed {seed} (replay: CRAMPBOT_FUZZ_SEED={seed})");
        var sink = new ConnectorSink();
        await using var host = DirectLineTestHost.Start(
            new Dictionary<string, string?>
            {
                // Every request comes from 127.0.0.1: the rate limits have their own tests, here they would answer
                // 429 to most of the fuzz instead of letting it reach the endpoints.
                ["DirectLine:RateLimitPermits"] = "1000000",
                ["WebChat:TokenRateLimitPermits"] = "1000000",
                ["Limits:RequestsPerAddressPermits"] = "1000000",
                ["Limits:MessagesPerConversationPermits"] = "1000000",
                ["Limits:ConversationsPerClientPermits"] = "1000000",
            },
            crampBot: true,
            services: services => services.AddSingleton<IConnectorClient>(sink));
        var content = host.Services.GetRequiredService<ContentCatalog>();
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

        // Two conversations caught at the swelling question; the fuzz sends them only what must be refused.
        var caught = await host.StartConversationAsync();
        await caught.Send("I have pain in my calf");
        var (caughtLog, caughtWatermark) = await caught.Activities();
        Assert.Contains(content.Triage.Question, caughtLog.Select(a => (string?)a!["text"]));
        var caughtMessages = new Transcript(host.CreateClient(), "emulator", $"fuzz-caught-{Guid.NewGuid():N}", "user-caught");
        var asked = await caughtMessages.Send("I have pain in my calf");
        Assert.Contains(asked.All, reply => reply.Text?.Contains(content.Triage.Question, StringComparison.Ordinal) == true);
        asked.AssertEach(_ => { });

        var pool = new List<Conversation>();
        for (var i = 0; i < PoolSize; i++)
        {
            var started = await host.StartConversationAsync();
            pool.Add(new Conversation(started.Id, started.Token));
            started.Dispose();
        }
        var world = new FuzzWorld(http, host.BaseAddress, pool, new Conversation(caught.Id, caught.Token), caughtMessages.ConversationId, new FuzzTally());

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
            await world.SendOneAsync(new Random(unchecked(seed + i * 7919))));
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

        output.WriteLine(world.Tally.Report());
        output.WriteLine($"Managed heap {memoryBefore / 1048576} MB before, {memoryAfter / 1048576} MB after; {sink.Sent} replies addressed to a serviceUrl.");
        Assert.True(world.Tally.Failures.Count == 0, $"Seed {seed}: answers outside 2xx/4xx:\n" + string.Join("\n", world.Tally.Failures));
        Assert.True(world.Tally.Total >= 10_000, $"only {world.Tally.Total} requests");
        Assert.True(memoryAfter - memoryBefore < MemoryGrowthBound, $"Seed {seed}: the managed heap grew by {(memoryAfter - memoryBefore) / 1048576} MB");

        // Still up, and the caught conversations go on where they were.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        await caught.Send("yes");
        var (afterFuzz, _) = await caught.Activities(caughtWatermark);
        Assert.Contains(afterFuzz, a => a!["attachments"]?.ToJsonString().Contains(content.GetOutcome(TriageLevel.UrgentSameDay).Title, StringComparison.Ordinal) == true);
        (await caughtMessages.Send("no")).AssertReply(r => Assert.Contains(content.Triage.OtherSignsQuestion, Assert.Single(r.Attachments!).Content!.ToJsonString()));
        await caughtMessages.DisposeAsync();
        caught.Dispose();
        using var fresh = await host.StartConversationAsync();
        await fresh.Send("what causes cramp?");
        var (freshLog, _) = await fresh.Activities();
        Assert.True(freshLog.Count >= 3, "a new conversation gets its welcome, the question and an answer");
    }

    /// <summary>A Direct Line conversation and its token.</summary>
    internal sealed record Conversation(string Id, string Token);

    /// <summary>What the fuzz aims at, and how each kind of request is made.</summary>
    private sealed class FuzzWorld(HttpClient http, Uri baseAddress, List<Conversation> pool, Conversation caught, string caughtMessagesId, FuzzTally tally)
    {
        private const string Messages = "POST /api/messages";
        private const string Token = "POST /api/webchat/token";

        public FuzzTally Tally => tally;

        public async Task SendOneAsync(Random random)
        {
            var pick = random.Next(100);
            if (pick < 28)
            {
                await MessagesAsync(random);
            }
            else if (pick < 72)
            {
                await DirectLineAsync(random);
            }
            else if (pick < 80)
            {
                await StreamAsync(random);
            }
            else
            {
                await WidgetTokenAsync(random);
            }
        }

        // /api/messages: mutated activities, random JSON, broken bytes, odd content types, and refusals for the caught one.
        private async Task MessagesAsync(Random random)
        {
            byte[] body;
            var conversationId = random.Next(4) switch { 0 => FuzzText.Next(random), 1 => "fuzz-" + random.Next(50), _ => "fuzz-" + random.Next(1000) };
            var activity = FuzzActivities.ConnectorActivity(FuzzActivities.Type(random), conversationId, FuzzText.Next(random));
            switch (random.Next(10))
            {
                case 0:
                    body = RefusedActivity(random, FuzzActivities.ConnectorActivity("message", caughtMessagesId, "yes"));
                    break;
                case 1:
                    body = Encoding.UTF8.GetBytes(FuzzJson.Value(random));
                    break;
                case 2 or 3:
                    body = FuzzJson.Break(random, FuzzActivities.Mutate(random, activity));
                    break;
                case 4:
                    activity.Remove("deliveryMode");
                    body = Encoding.UTF8.GetBytes(FuzzActivities.Mutate(random, activity));
                    break;
                default:
                    body = Encoding.UTF8.GetBytes(FuzzActivities.Mutate(random, activity));
                    break;
            }
            await SendAsync(Messages, HttpMethod.Post, "/api/messages", body, ContentType(random), random.Next(10) == 0 ? Junk(random) : null);
        }

        private async Task DirectLineAsync(Random random)
        {
            var (conversation, index) = PoolConversation(random);
            var conversationId = random.Next(12) switch { 0 => FuzzText.Next(random), 1 => caught.Id, 2 => Guid.NewGuid().ToString("N"), _ => conversation.Id };
            var bearer = random.Next(10) switch
            {
                0 => null,
                1 => DirectLineTestHost.Secret,
                2 => Junk(random),
                3 => Tamper(random, conversation.Token),
                4 => PoolConversation(random).Conversation.Token,
                _ => conversationId == caught.Id ? PoolConversation(random).Conversation.Token : conversation.Token,
            };
            var path = "/v3/directline/conversations/" + Uri.EscapeDataString(conversationId);
            switch (random.Next(9))
            {
                case 0:
                    await SendAsync("POST /v3/directline/conversations", HttpMethod.Post, "/v3/directline/conversations", RandomBody(random), ContentType(random), bearer == DirectLineTestHost.Secret && random.Next(3) > 0 ? Junk(random) : bearer);
                    break;
                case 1:
                    await SendAsync("POST /v3/directline/tokens/*", HttpMethod.Post, random.Next(2) == 0 ? "/v3/directline/tokens/generate" : "/v3/directline/tokens/refresh", RandomBody(random), ContentType(random), bearer);
                    break;
                case 2:
                    await SendAsync("GET /v3/directline/conversations/{id}", HttpMethod.Get, $"{path}?watermark={Watermark(random)}", null, null, bearer);
                    break;
                case 3 or 4:
                    await SendAsync("GET /v3/directline/conversations/{id}/activities", HttpMethod.Get, $"{path}/activities?watermark={Watermark(random)}", null, null, bearer);
                    break;
                case 5:
                    await SendAsync("POST /v3/directline/conversations/{id}/upload", HttpMethod.Post, $"{path}/upload", RandomBody(random), "multipart/form-data; boundary=x", bearer);
                    break;
                default:
                    await PostActivityAsync(random, conversationId, index, path, bearer);
                    break;
            }
        }

        private async Task PostActivityAsync(Random random, string conversationId, int poolIndex, string path, string? bearer)
        {
            byte[] body;
            if (conversationId == caught.Id)
            {
                // The caught conversation's own token with a body that must be refused, or another conversation's token.
                var own = random.Next(2) == 0;
                body = own ? RefusedActivity(random, FuzzActivities.WebChatMessage("yes")) : Encoding.UTF8.GetBytes(FuzzActivities.Write(FuzzActivities.WebChatMessage("no")));
                bearer = own ? caught.Token : PoolConversation(random).Conversation.Token;
            }
            else
            {
                var json = FuzzActivities.Mutate(random, FuzzActivities.WebChatMessage(FuzzText.Next(random)));
                if (poolIndex >= 3)
                {
                    // Only the first conversations of the pool may be ended, so the others stay open to the fuzz.
                    json = json.Replace("\"endOfConversation\"", "\"event\"", StringComparison.Ordinal);
                }
                body = random.Next(5) == 0 ? FuzzJson.Break(random, json) : Encoding.UTF8.GetBytes(json);
            }
            await SendAsync("POST /v3/directline/conversations/{id}/activities", HttpMethod.Post, $"{path}/activities", body, ContentType(random), bearer);
        }

        // The WebSocket stream: odd watermarks and tokens; once open, garbage frames, then a close or an abort.
        private async Task StreamAsync(Random random)
        {
            const string endpoint = "WS /v3/directline/conversations/{id}/stream";
            var (conversation, _) = PoolConversation(random);
            var conversationId = random.Next(8) == 0 ? caught.Id : conversation.Id;
            var token = random.Next(6) switch { 0 => Junk(random), 1 => Tamper(random, conversation.Token), 2 => PoolConversation(random).Conversation.Token, 3 => "", _ => conversationId == caught.Id ? caught.Token : conversation.Token };
            var url = new UriBuilder(baseAddress) { Scheme = "ws", Path = $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream", Query = $"watermark={Watermark(random)}&t={Uri.EscapeDataString(token)}" }.Uri;
            using var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await socket.ConnectAsync(url, guard.Token);
            }
            catch (WebSocketException)
            {
                tally.Count(endpoint, (int)socket.HttpStatusCode, url.ToString());
                return;
            }
            tally.Count(endpoint, (int)socket.HttpStatusCode, url.ToString());
            try
            {
                for (var frames = random.Next(4); frames > 0; frames--)
                {
                    var payload = random.Next(3) == 0 ? new byte[random.Next(0, 1 << 20)] : Encoding.UTF8.GetBytes(FuzzJson.Value(random));
                    await socket.SendAsync(payload, random.Next(2) == 0 ? WebSocketMessageType.Binary : WebSocketMessageType.Text, endOfMessage: random.Next(4) > 0, guard.Token);
                }
                if (random.Next(2) == 0)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "fuzz", guard.Token);
                }
                else
                {
                    socket.Abort();
                }
            }
            catch (WebSocketException)
            {
                // The server may close first (a finished conversation, a frame it refused): the stream is over either way.
            }
        }

        private async Task WidgetTokenAsync(Random random)
        {
            var (conversation, _) = PoolConversation(random);
            var other = PoolConversation(random).Conversation;
            var body = random.Next(8) switch
            {
                0 => [],
                1 => Encoding.UTF8.GetBytes($"{{\"conversationId\":\"{conversation.Id}\",\"token\":\"{conversation.Token}\"}}"),
                2 => Encoding.UTF8.GetBytes($"{{\"conversationId\":\"{other.Id}\",\"token\":\"{conversation.Token}\"}}"),
                3 => Encoding.UTF8.GetBytes($"{{\"conversationId\":{FuzzJson.Value(random)},\"token\":{FuzzText.Literal(Tamper(random, conversation.Token))}}}"),
                4 => Encoding.UTF8.GetBytes($"{{\"token\":{FuzzJson.Value(random)}}}"),
                5 => FuzzJson.Break(random, $"{{\"conversationId\":\"{conversation.Id}\",\"token\":\"{conversation.Token}\"}}"),
                _ => RandomBody(random),
            };
            await SendAsync(Token, HttpMethod.Post, "/api/webchat/token", body, ContentType(random), null);
        }

        private async Task SendAsync(string endpoint, HttpMethod method, string path, byte[]? body, string? contentType, string? bearer)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
                {
                    request.Content.Headers.ContentType = mediaType;
                }
            }
            if (bearer is not null)
            {
                // HTTP headers are ASCII: a junk bearer is sent escaped (HttpClient refuses to send anything else).
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (bearer.All(char.IsAscii) && !bearer.Any(char.IsControl) ? bearer : Uri.EscapeDataString(bearer)));
            }
            var description = $"{method} {path} {(body is null ? "" : Encoding.UTF8.GetString(body))}";
            try
            {
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                tally.Count(endpoint, (int)response.StatusCode, description, isInvoke: endpoint == Messages && description.Contains("\"type\":\"invoke\"", StringComparison.Ordinal));
            }
            catch (HttpRequestException exception) when (exception.InnerException is IOException)
            {
                // The server answered on the headers alone (a bad token, a Content-Length over the limit) and closed the
                // connection while the body was still being sent: a refusal this client could not read, not a failure.
                tally.Count(endpoint, FuzzTally.ClosedWhileSending, description);
            }
            catch (HttpRequestException exception)
            {
                // No answer at all: the connection was dropped.
                tally.Count(endpoint, 0, $"{exception.Message} after {description}");
            }
        }

        private (Conversation Conversation, int Index) PoolConversation(Random random)
        {
            var index = random.Next(pool.Count);
            return (pool[index], index);
        }

        // A body the endpoint must refuse whatever the channel: truncated JSON, a text that is not a string, or too big.
        private static byte[] RefusedActivity(Random random, Dictionary<string, string> activity)
        {
            switch (random.Next(3))
            {
                case 0:
                    var json = FuzzActivities.Write(activity);
                    return Encoding.UTF8.GetBytes(json[..random.Next(0, json.Length - 1)]);
                case 1:
                    activity["text"] = random.Next(2) == 0 ? "5" : "{\"text\":\"yes\"}";
                    return Encoding.UTF8.GetBytes(FuzzActivities.Write(activity));
                default:
                    activity["channelData"] = FuzzText.Literal(new string('x', 300_000));
                    return Encoding.UTF8.GetBytes(FuzzActivities.Write(activity));
            }
        }

        private static byte[] RandomBody(Random random) => random.Next(4) switch
        {
            0 => [],
            1 => FuzzJson.Break(random, FuzzJson.Object(random, 2, random.Next(0, 5))),
            _ => Encoding.UTF8.GetBytes(random.Next(2) == 0 ? FuzzJson.Object(random, 2, random.Next(0, 5)) : FuzzJson.Value(random)),
        };

        private static string? ContentType(Random random) => random.Next(12) switch
        {
            0 => null,
            1 => "text/plain",
            2 => "application/json; charset=utf-16",
            3 => "application/vnd.fuzz+json",
            4 => "application/x-www-form-urlencoded",
            5 => "application/json; charset=\"",
            _ => "application/json",
        };

        private static string Watermark(Random random) => Uri.EscapeDataString(random.Next(10) switch
        {
            0 => "-1",
            1 => "99999999999999999999",
            2 => "abc",
            3 => FuzzText.Next(random),
            4 => "0x10",
            5 => "2147483647",
            6 => " 1",
            _ => random.Next(0, 40).ToString(CultureInfo.InvariantCulture),
        });

        private static string Junk(Random random) => random.Next(4) switch
        {
            0 => FuzzText.Next(random),
            1 => "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.",
            2 => new string('A', random.Next(1, 20_000)),
            _ => Guid.NewGuid().ToString("N"),
        };

        // A real token with one character changed: the signature no longer matches.
        private static string Tamper(Random random, string token)
        {
            var chars = token.ToCharArray();
            var at = random.Next(chars.Length);
            chars[at] = chars[at] == 'A' ? 'B' : 'A';
            return new string(chars);
        }
    }
}
