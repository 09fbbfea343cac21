using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using CrampBot.Builder;
using CrampBot.CrampConversation;
using CrampBot.Hosting;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CrampBot.Tests.Hosting;

/// <summary>The app's metrics, read with a MeterListener (MetricCollector) while real HTTP turns run.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Turns_outcomes_red_flags_unanswered_questions_and_refusals_are_counted()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Limits:MaxTextLength"] = "200" });
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, BotTelemetry.Name, "crampbot.turns");
        using var durations = new MetricCollector<double>(meters, BotTelemetry.Name, "crampbot.turn.duration");
        using var outcomes = new MetricCollector<long>(meters, TriageTelemetry.MeterName, "crampbot.triage.outcomes");
        using var redFlags = new MetricCollector<long>(meters, TriageTelemetry.MeterName, "crampbot.red_flags");
        using var notUnderstood = new MetricCollector<long>(meters, TriageTelemetry.MeterName, "crampbot.questions.not_understood");
        using var refusals = new MetricCollector<long>(meters, LimitTelemetry.MeterName, "crampbot.limit.refusals");

        await using (var chat = host.StartConversation("webchat"))
        {
            (await chat.Join()).AssertEach(_ => { });
            (await chat.Send("my calf hurts")).AssertEach(_ => { });
            (await chat.Send("yes")).AssertEach(_ => { });
            (await chat.Send("I have chest pain")).AssertEach(_ => { });
            (await chat.Send("cramp")).AssertReply("Did you mean").AssertEach(_ => { });
            using var client = host.CreateClient();
            var tooLong = chat.NewActivity(ActivityTypes.Message, a => a.Text = new string('a', 201));
            tooLong.DeliveryMode = DeliveryModes.ExpectReplies;
            using var refused = await client.PostAsJsonAsync("/api/messages", tooLong, ProtocolJson.Options);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        }

        Assert.Equal(5, turns.GetMeasurementSnapshot().Where(m => Tag(m.Tags, "channel") == "webchat").Sum(m => m.Value));
        Assert.Equal(4, turns.GetMeasurementSnapshot().Where(m => Tag(m.Tags, "activity.type") == "message").Sum(m => m.Value));
        Assert.Equal(5, durations.GetMeasurementSnapshot().Count(m => m.Value >= 0 && Tag(m.Tags, "channel") == "webchat"));
        Assert.Equal(["Emergency", "UrgentSameDay"], outcomes.GetMeasurementSnapshot().Select(m => Tag(m.Tags, "level")).Order());
        Assert.Contains(redFlags.GetMeasurementSnapshot(), m => Tag(m.Tags, "kind") == "Emergency");
        Assert.Contains(redFlags.GetMeasurementSnapshot(), m => Tag(m.Tags, "kind") == "LegPain");
        Assert.Equal("did_you_mean", Tag(Assert.Single(notUnderstood.GetMeasurementSnapshot()).Tags, "reply"));
        var refusal = Assert.Single(refusals.GetMeasurementSnapshot());
        Assert.Equal("text_length", Tag(refusal.Tags, "limit"));
        Assert.Equal("messages", Tag(refusal.Tags, "endpoint"));
    }

    private static string? Tag(IReadOnlyDictionary<string, object?> tags, string name) => tags.TryGetValue(name, out var value) ? value?.ToString() : null;
}
