using Azure.Monitor.OpenTelemetry.AspNetCore;
using CrampBot.Hosting;
using Microsoft.Extensions.Options;

namespace CrampBot.Tests.Hosting;

/// <summary>
/// APPLICATIONINSIGHTS_CONNECTION_STRING (set by the Azure templates) turns on the Azure Monitor exporter; without it
/// there is none. Telemetry goes to a local stand-in of the ingestion endpoint, never to Azure.
/// </summary>
public sealed class ApplicationInsightsTelemetryTests
{
    [Fact]
    public async Task With_the_connection_string_requests_reach_application_insights_without_what_the_patient_typed()
    {
        await using var ingestion = await ApplicationInsightsStandIn.StartAsync();
        var host = new BotHost(new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.ApplicationInsightsConnectionStringKey] = ingestion.ConnectionString,
        });
        TurnReplies replies;
        using (host)
        {
            Assert.NotEmpty(host.Services.GetServices<IConfigureOptions<AzureMonitorOptions>>());
            await using var chat = host.StartConversation();
            replies = (await chat.Send("my calf hurts, I am Zebediah Quux")).AssertEach(_ => { });
        }
        Assert.Contains(replies.All, reply => reply.Text?.Contains("Is your leg swollen?", StringComparison.Ordinal) == true);

        // Disposing the host flushed the exporter; the request of the turn is in Application Insights.
        await ingestion.WaitForItemAsync("RequestData", "/api/messages");
        Assert.All(ingestion.Items, item =>
        {
            Assert.DoesNotContain("Zebediah", item, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("calf", item, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Without_the_connection_string_no_azure_monitor_exporter_is_registered()
    {
        using var host = new BotHost();

        Assert.Empty(host.Services.GetServices<IConfigureOptions<AzureMonitorOptions>>());
    }
}
