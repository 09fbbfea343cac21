using CrampBot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CrampBot.Tests.Hosting;

public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Nothing_the_patient_typed_reaches_the_logs_even_when_a_turn_fails()
    {
        using var host = new BotHost(services: services =>
        {
            services.AddSingleton<IBot, EchoTestBot>();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        });
        await using (var chat = host.StartConversation())
        {
            await chat.Send("my name is Zebediah Quux and my calf hurts").AssertReply("you said");
            await chat.Send("boom").AssertReply("Sorry");
        }

        var records = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 1001); // the turn error was logged...
        foreach (var record in records)
        {
            var text = record.Message + " " + record.Exception;
            Assert.DoesNotContain("Zebediah", text);
            Assert.DoesNotContain("calf", text);
            Assert.DoesNotContain("patient text", text); // ...but not the exception's message, which quoted input
        }
    }
}
