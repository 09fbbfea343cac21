using CrampBot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry.Trace;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.Hosting;

/// <summary>
/// Logs and traces of real conversations (Direct Line, the widget's token, /api/messages, a refusal) never hold a word
/// the patient typed nor a raw conversation id; the ids are there hashed, so an operator can still follow one.
/// </summary>
public sealed class TelemetryPrivacyTests
{
    private const string PatientWords = "Zebediah Quux";

    [Fact]
    public async Task Logs_and_traces_carry_hashed_ids_and_never_the_patients_words()
    {
        var spans = new List<System.Diagnostics.Activity>();
        await using var host = DirectLineTestHost.Start(
            new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "100", ["Telemetry:Collect"] = "true" },
            crampBot: true,
            services: services =>
            {
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            });
        using var anonymous = host.CreateClient();
        var widget = await ReadObjectAsync(await anonymous.PostAsync("/api/webchat/token", JsonBody(new JsonObject { ["clientId"] = "wprivacy" })));
        using var chat = await host.StartConversationAsync();
        await chat.Send($"my name is {PatientWords} and my calf hurts");
        await chat.Send("yes");
        await chat.Client.PostAsync($"/v3/directline/conversations/{chat.Id}/activities", JsonBody(Message($"{PatientWords} {new string('x', 100)}")));
        await using (var teams = new Transcript(host.CreateClient(), "msteams", "a:1TeamsConversationSecret", "29:user"))
        {
            (await teams.Send($"I am {PatientWords}, can statins cause cramp?")).AssertEach(_ => { });
        }
        string[] rawIds = [chat.Id, (string)widget["conversationId"]!, "a:1TeamsConversationSecret"];

        var logs = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains(LogIds.Hash(chat.Id)!, StringComparison.Ordinal));
        foreach (var record in logs)
        {
            var text = $"{record.Message} {record.Exception} {string.Join(" ", record.StructuredState?.Select(s => s.Value) ?? [])}";
            AssertPrivate(text, rawIds, $"log {record.Category}[{record.Id}]");
        }

        lock (spans)
        {
            Assert.Contains(spans, s => s.OperationName == "bot.turn" && (string?)s.GetTagItem("crampbot.conversation") == LogIds.Hash(chat.Id));
            foreach (var span in spans)
            {
                var text = $"{span.DisplayName} {string.Join(" ", span.TagObjects.Select(t => t.Value))}";
                AssertPrivate(text, rawIds, $"span {span.DisplayName}");
            }
        }
    }

    private static void AssertPrivate(string text, string[] rawIds, string where)
    {
        Assert.False(text.Contains("Zebediah", StringComparison.OrdinalIgnoreCase), $"{where} holds the patient's words: {text}");
        Assert.False(text.Contains("calf", StringComparison.OrdinalIgnoreCase), $"{where} holds the patient's words: {text}");
        foreach (var id in rawIds)
        {
            Assert.False(text.Contains(id, StringComparison.Ordinal), $"{where} holds a raw conversation id: {text}");
        }
    }
}
