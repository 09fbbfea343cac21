namespace CrampBot.Tests.DirectLine;

public sealed class DirectLineForgetMeTests
{
    [Fact]
    public async Task Forget_me_erases_what_the_patient_said_from_the_stored_transcript()
    {
        await using var host = DirectLineTestHost.Start(crampBot: true);
        using var conversation = await host.StartConversationAsync();
        await conversation.Send("my name is Zebediah and my calf hurts", clientActivityId: "c1");
        var (before, _) = await conversation.Activities();
        Assert.Contains(before, a => ((string?)a!["text"] ?? "").Contains("Zebediah"));

        await conversation.Send("forget me", clientActivityId: "c2");

        var (after, watermark) = await conversation.Activities();
        Assert.Equal(before.Count + 2, after.Count); // ids and watermarks keep their places
        Assert.DoesNotContain(after, a => a!.ToJsonString().Contains("Zebediah") || a.ToJsonString().Contains("calf"));
        Assert.All(after.Take(after.Count - 1), a => Assert.Equal("crampbot/erased", (string?)a!["name"]));
        Assert.Contains("deleted", (string?)after[^1]!["text"]);
        Assert.Equal(after.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);

        // A late redelivery of an erased message is still recognised, not answered again.
        await conversation.Send("my name is Zebediah and my calf hurts", clientActivityId: "c1");
        var (again, _) = await conversation.Activities();
        Assert.Equal(after.Count, again.Count);
    }
}
