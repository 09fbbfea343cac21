namespace CrampBot.Tests.CrampConversation;

[Collection(RedisCollection.Name)]
public sealed class RedisSharedStateTests(RedisServer server)
{
    [Fact]
    public async Task Two_hosts_sharing_one_redis_continue_the_leg_pain_check()
    {
        var settings = server.AppSettings();
        using var first = new BotHost(settings);
        using var second = new BotHost(settings);
        await using var chat = first.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");

        // The next message lands on the other instance, as behind a load balancer.
        await using var resumed = second.StartConversation(conversationId: chat.ConversationId, userId: chat.UserId);
        await resumed.Send("no").AssertReply(CrampAssert.HasCard("Yes, at least one")).AssertNoMoreReplies();
        await chat.Send("No, none of these").AssertReply(CrampAssert.HasCard("What you can do now")).AssertNoMoreReplies();
    }
}
