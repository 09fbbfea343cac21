using System.Net.Http.Json;

namespace CrampBot.Tests.Hosting;

/// <summary>A Blob store that cannot be reached: the messaging endpoint answers 503 with Retry-After, never 500, and /readyz says why.</summary>
public sealed class UnreachableBlobStoreTests
{
    [Fact]
    public async Task Messages_get_503_with_retry_after_and_readyz_reports_the_store()
    {
        // A loopback port nobody listens on: every request is refused at once.
        var port = LoopbackPort.Free();
        using var host = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        });
        using var client = host.CreateClient();
        var chat = host.StartConversation();
        var activity = chat.NewActivity(ActivityTypes.Message, a => { a.Text = "hello"; a.DeliveryMode = DeliveryModes.ExpectReplies; });

        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var readiness = await client.GetAsync("/readyz");
        var report = JsonNode.Parse(await readiness.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal("storage", report["checks"]![0]!["name"]!.GetValue<string>());
        Assert.Contains("Blob store unreachable", report["checks"]![0]!["description"]!.GetValue<string>());
        using var alive = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
