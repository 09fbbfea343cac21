using CrampBot.Tests.CrampConversation;

namespace CrampBot.Tests.Safety;

/// <summary>
/// Issue 8's table, row by row, and the safety-net line wherever a patient may leave without advice; all through
/// <c>POST /api/messages</c>.
/// </summary>
public sealed class SafetyNetTests(CrampHost bot) : IClassFixture<CrampHost>
{
    private TriageReplyReader Reader => new(bot.Content);

    [Theory]
    [InlineData("I can't stop coughing up blood")]
    [InlineData("pain in the middle of my chest")]
    [InlineData("I've never had chest pain like this")]
    [InlineData("I don't know why my chest hurts")]
    [InlineData("I've got pain in my leg and in my chest")]
    [InlineData("I'm puffed out and my calf aches")]
    public async Task Emergencies_the_first_wave_missed_get_the_emergency_advice(string message)
    {
        await using var chat = bot.StartConversation();
        Assert.Equal(TriageReply.Emergency, Reader.Read(await chat.Send(message)));
    }

    [Theory]
    [InlineData("My calf really hurts and I've never had it swell like this")]
    [InlineData("Nothing helps the swelling in my calf")]
    public async Task Swelling_the_first_wave_missed_gets_same_day_care(string message)
    {
        await using var chat = bot.StartConversation();
        Assert.Equal(TriageReply.SameDay, Reader.Read(await chat.Send(message)));
    }

    [Fact]
    public async Task A_no_to_swelling_that_names_red_hot_skin_gets_same_day_care()
    {
        await using var chat = bot.StartConversation();
        Assert.Equal(TriageReply.AskedAboutSwelling, Reader.Read(await chat.Send("my calf hurts")));
        Assert.Equal(TriageReply.SameDay, Reader.Read(await chat.Send("No, but it's red, hot and tender")));
    }

    [Theory]
    [InlineData("what is the capital of France")]
    [InlineData("can you recommend a good recipe for soup")]
    public async Task Out_of_scope_carries_the_safety_net(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message).AssertReply(HasSafetyNet).AssertNoMoreReplies();
    }

    [Fact]
    public async Task Did_you_mean_carries_the_safety_net()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("cramp").AssertReply(CrampAssert.All(reply => Assert.Contains("Did you mean", reply.Text), HasSafetyNet));
    }

    [Fact]
    public async Task Talk_to_your_doctor_carries_the_safety_net()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("cramp").AssertReply("Did you mean");
        await chat.Send(bot.Content.Messages.NoneOfThese)
            .AssertReply(CrampAssert.All(reply => Assert.Contains("talk to your doctor", reply.Text), HasSafetyNet));
    }

    [Fact]
    public async Task Are_leg_cramps_serious_carries_the_safety_net()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("Are leg cramps serious?")
            .AssertReply(CrampAssert.All(reply => Assert.Contains("not usually serious", reply.Text), HasSafetyNet));
    }

    [Fact]
    public async Task A_general_question_naming_a_sign_of_a_clot_is_answered_with_the_safety_net()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("does a dvt cause swelling and pain")
            .AssertReply(CrampAssert.All(reply => Assert.Contains("Deep vein thrombosis", reply.Text), HasSafetyNet));
    }

    [Fact]
    public async Task The_out_of_hours_route_is_configurable()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Content:OutOfHoursRoute"] = "the out-of-hours GP on 0300 123 4567" });
        await using var chat = host.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf is swollen and painful")
            .AssertReply(reply => Assert.Contains("If your surgery is closed, call the out-of-hours GP on 0300 123 4567", reply.Summary))
            .AssertNoMoreReplies();
    }

    private void HasSafetyNet(Protocol.Activity reply) => Assert.Contains(bot.Content.Messages.SafetyNet, reply.Text ?? "");

    private async Task<Transcript> JoinedAsync()
    {
        var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        return chat;
    }
}
