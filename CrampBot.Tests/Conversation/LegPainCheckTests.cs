namespace CrampBot.Tests.Conversation;

/// <summary>Every branch of the leg pain check (the DVT escalation), through the real pipeline.</summary>
public sealed class LegPainCheckTests(CrampHost bot) : IClassFixture<CrampHost>
{
    private async Task<Tests.TestKit.Transcript> JoinedAsync()
    {
        var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        return chat;
    }

    [Theory]
    [InlineData("my calf hurts")]
    [InlineData("I have a pain in my thigh")]
    [InlineData("my leg is really sore")]
    [InlineData("my calf hurts badly since yesterday")]
    [InlineData("pain in my lower leg")]
    [InlineData("my cafl is painfull")]
    public async Task Leg_pain_asks_whether_the_leg_is_swollen(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message)
            .AssertReply("sorry your leg hurts")
            .AssertReply(CrampAssert.TextAndButtons("Is your leg swollen?", "Yes", "No", "Not sure"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah it is")]
    [InlineData("it's a bit puffy")]
    [InlineData("Yes")]
    public async Task Swollen_means_contact_your_doctor_today_with_the_ultrasound_offered(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(answer)
            .AssertReply(CrampAssert.All(
                CrampAssert.HasCard("Contact your doctor today"),
                CrampAssert.CardStyle("warning"),
                reply =>
                {
                    Assert.Contains("blood clot", reply.Summary);
                    Assert.Contains("ultrasound scan", reply.Summary);
                    Assert.Contains("Ultrasound", reply.Attachments![0].Content!.ToJsonString()); // the ultrasound card is one tap away
                }))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("dunno")]
    [InlineData("maybe")]
    public async Task Not_sure_is_treated_like_swollen(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(answer)
            .AssertReply(CrampAssert.All(
                CrampAssert.HasCard("Contact your doctor today"),
                reply => Assert.Contains("not sure", reply.Summary, StringComparison.OrdinalIgnoreCase)))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("no swelling")]
    [InlineData("it isn't swollen")]
    public async Task Not_swollen_is_likely_a_cramp_with_when_to_see_a_doctor(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(answer)
            .AssertReply(CrampAssert.All(
                CrampAssert.HasCard("leg cramp"),
                CrampAssert.CardStyle("good"),
                reply =>
                {
                    Assert.Contains("stop you sleeping", reply.Summary);
                    Assert.Contains("after an injury", reply.Summary);
                }))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("my calf is swollen and painful")]
    [InlineData("my thigh hurts and its swollen")]
    [InlineData("painful swolen calf")]
    public async Task Swelling_in_the_first_message_goes_straight_to_the_outcome(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message)
            .AssertReply(CrampAssert.HasCard("Contact your doctor today"))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("my calf hurts but there's no swelling")]
    [InlineData("my leg aches, it isn't swollen")]
    public async Task No_swelling_in_the_first_message_goes_straight_to_self_care(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message)
            .AssertReply(CrampAssert.HasCard("leg cramp"))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("I have chest pain")]
    [InlineData("i cant breathe properly")]
    [InlineData("im coughing up blood")]
    [InlineData("short of breath")]
    [InlineData("chest pian and my leg is swollen")]
    [InlineData("struggling to breath")]
    public async Task Emergency_symptoms_mid_prompt_get_the_emergency_advice_at_once(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(message)
            .AssertReply(CrampAssert.All(CrampAssert.HasCard("999"), CrampAssert.CardStyle("attention")))
            .AssertNoMoreReplies();
        // The check is over: "yes" is not taken as an answer to it any more.
        await chat.Send("yes").AssertReply(reply => Assert.DoesNotContain("doctor today", reply.Text));
    }

    [Fact]
    public async Task The_urgent_outcomes_emergency_button_escalates()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf is swollen and painful").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
        await chat.Tap(new System.Text.Json.Nodes.JsonObject { ["text"] = bot.Content.Triage.EmergencyButton })
            .AssertReply(CrampAssert.HasCard("999"));
    }

    [Fact]
    public async Task A_question_mid_prompt_is_answered_and_the_prompt_asked_again()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("what's a DVT?")
            .AssertReply("Deep vein thrombosis")
            .AssertReply("Is your leg swollen?");
        await chat.Send("no").AssertReply(CrampAssert.HasCard("leg cramp"));
    }

    [Fact]
    public async Task Swelling_reported_mid_way_through_another_question_starts_the_check()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("cramp").AssertReply("Did you mean");
        await chat.Send("my calf is swollen and it hurts").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }

    [Fact]
    public async Task Gibberish_is_asked_again_and_then_taken_the_safe_way()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("purple").AssertReply("Is your leg swollen?");
        await chat.Send("banana").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }

    [Fact]
    public async Task A_button_tap_with_no_text_answers_the_prompt()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Tap(new System.Text.Json.Nodes.JsonObject { ["text"] = "No" }).AssertReply(CrampAssert.HasCard("leg cramp"));
    }
}
