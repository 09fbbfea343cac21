using CrampBot.Storage;
using static CrampBot.TestKit.DirectLineCalls;

namespace CrampBot.Tests.DirectLine;

/// <summary>
/// "Forget me" through the real app on each provider: the conversation's state, the user's state, the record of
/// processed activity ids (kept in the conversation's state) and what the patient said in the Direct Line log are all gone from the store itself.
/// </summary>
public abstract class ForgetMeEverywhereTests
{
    /// <summary>The configuration that puts the app on the provider under test.</summary>
    protected abstract Dictionary<string, string?> ProviderSettings();

    [Fact]
    public async Task Forget_me_erases_state_with_its_dedup_record_and_the_transcript_from_the_store()
    {
        await using var host = DirectLineTestHost.Start(ProviderSettings(), crampBot: true);
        using var conversation = await host.StartConversationAsync();
        var storage = host.Services.GetRequiredService<IStorage>();
        string[] keys = [$"directline/conversations/{conversation.Id}", $"directline/users/{UserId}"];
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [keys[1]] = new() { ["remembered"] = "Zebediah" } });
        await conversation.Send("my name is Zebediah and my calf hurts");
        var before = await storage.ReadAsync(keys);
        Assert.Equal(keys.Length, before.Count);
        // The record of processed activity ids is part of the conversation's state document.
        Assert.NotNull(before[keys[0]]["activityIds"]);

        await conversation.Send("forget me");

        Assert.Empty(await storage.ReadAsync(keys));
        var log = $"directline-service/conversations/{conversation.Id}";
        var stored = await storage.ReadAsync([log, log + "/activities/0"]);
        Assert.Equal(2, stored.Count);
        Assert.All(stored.Values, document => Assert.DoesNotContain("Zebediah", document.ToJsonString()));
        var (activities, _) = await conversation.Activities();
        Assert.DoesNotContain("Zebediah", activities.ToJsonString());
    }
}
