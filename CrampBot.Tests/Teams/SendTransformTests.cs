using CrampBot.Builder;

namespace CrampBot.Tests.Teams;

/// <summary>The send transforms of <see cref="TurnContext"/> that the Teams middleware relies on.</summary>
public class SendTransformTests
{
    private static (TurnContext Context, List<Activity> Sent) NewTurn()
    {
        var sent = new List<Activity>();
        var incoming = new Activity { Type = ActivityTypes.Message, Id = "in", Conversation = new ConversationAccount { Id = "c" }, ChannelId = "msteams" };
        var context = new TurnContext(incoming, (_, batch, _) =>
        {
            sent.AddRange(batch);
            return Task.FromResult(batch.Select((_, i) => new ResourceResponse($"r{sent.Count - batch.Count + i}")).ToArray());
        });
        return (context, sent);
    }

    [Fact]
    public async Task Transforms_run_in_order_on_addressed_activities()
    {
        var (context, sent) = NewTurn();
        string? seenConversation = null;
        context.OnSendActivities(batch =>
        {
            seenConversation = batch[0].Conversation?.Id;
            return [.. batch, new Activity { Type = ActivityTypes.Message, Text = "added" }];
        });
        context.OnSendActivities(batch => [.. batch.Select(a => { a.Text = a.Text!.ToUpperInvariant(); return a; })]);

        var responses = await context.SendActivitiesAsync([new Activity { Text = "hello" }]);

        Assert.Equal("c", seenConversation);
        Assert.Equal(["HELLO", "ADDED"], sent.Select(a => a.Text));
        Assert.Equal(["r0", "r1"], responses.Select(r => r.Id));
    }

    [Fact]
    public async Task A_transform_that_holds_everything_back_sends_nothing_but_the_turn_has_responded()
    {
        var (context, sent) = NewTurn();
        context.OnSendActivities(_ => []);

        var response = await context.SendActivityAsync("held back");

        Assert.Empty(sent);
        Assert.Equal(string.Empty, response.Id);
        Assert.True(context.Responded);
    }
}
