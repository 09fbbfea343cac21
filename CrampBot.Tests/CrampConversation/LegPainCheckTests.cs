namespace CrampBot.Tests.CrampConversation;

/// <summary>Every branch of the leg pain check (the DVT escalation), through the real pipeline.</summary>
public sealed class LegPainCheckTests(CrampHost bot) : IClassFixture<CrampHost>
{
    private async Task<Transcript> JoinedAsync()
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
    public async Task Not_swollen_asks_about_the_other_signs_of_a_clot(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(answer).AssertReply(OtherSignsQuestion).AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("No, none of these")]
    [InlineData("no")]
    [InlineData("none of those")]
    [InlineData("nope, nothing like that")]
    public async Task Self_care_only_when_every_sign_was_asked_about_and_denied(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("no").AssertReply(OtherSignsQuestion);
        await chat.Send(answer)
            .AssertReply(CrampAssert.All(
                CrampAssert.HasCard("What you can do now"),
                CrampAssert.CardStyle("good"),
                reply =>
                {
                    Assert.Contains("stop you sleeping", reply.Summary);
                    Assert.Contains("after an injury", reply.Summary);
                    // It says when to come back, and never concludes that no swelling means a cramp.
                    Assert.Contains("Contact your doctor today", reply.Summary);
                    Assert.Contains("NHS 111", reply.Summary);
                    Assert.Contains("Call 999 now", reply.Summary);
                    Assert.DoesNotContain("may well be", reply.Summary);
                }))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("Yes, at least one")]
    [InlineData("yes")]
    [InlineData("Not sure")]
    [InlineData("it's a bit red")]
    [InlineData("it feels warm")]
    [InlineData("one calf is bigger than the other")]
    [InlineData("the vein is hard and sore")]
    [InlineData("it throbs")]
    [InlineData("no redness but it's warmer than the other leg")]
    public async Task Any_other_sign_or_doubt_means_contact_your_doctor_today(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("no").AssertReply(OtherSignsQuestion);
        await chat.Send(answer)
            .AssertReply(CrampAssert.All(CrampAssert.HasCard("Contact your doctor today"), CrampAssert.CardStyle("warning")))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("No, but it's red, hot and tender")]
    [InlineData("not swollen but it's gone a funny colour")]
    [InlineData("no. it's hot though")]
    public async Task A_no_that_names_another_sign_is_not_reassured(string answer)
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send(answer).AssertReply(CrampAssert.HasCard("Contact your doctor today")).AssertNoMoreReplies();
    }

    [Fact]
    public async Task The_same_day_outcome_names_the_out_of_hours_route()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf is swollen and painful")
            .AssertReply(reply =>
            {
                Assert.Contains("If your surgery is closed, call NHS 111", reply.Summary);
                Assert.Contains("if you have one, you will need medicine", reply.Summary);
            })
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
    public async Task No_swelling_in_the_first_message_skips_to_the_other_signs(string message)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message)
            .AssertReply("sorry your leg hurts")
            .AssertReply(OtherSignsQuestion)
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
        await chat.Send("yes").AssertReply(CrampAssert.NotAnOutcome);
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
        await chat.Send("no").AssertReply(OtherSignsQuestion);
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
        await chat.Send("banana").AssertReply("Is your leg swollen?");
        await chat.Send("potato").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }

    [Fact]
    public async Task A_button_tap_with_no_text_answers_the_prompt()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Tap(new System.Text.Json.Nodes.JsonObject { ["text"] = "No" }).AssertReply(OtherSignsQuestion);
        await chat.Tap(new System.Text.Json.Nodes.JsonObject { ["text"] = "No, none of these" }).AssertReply(CrampAssert.HasCard("What you can do now"));
    }

    [Fact]
    public async Task Gibberish_to_the_other_signs_question_is_asked_again_and_then_taken_the_safe_way()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        await chat.Send("no").AssertReply(OtherSignsQuestion);
        await chat.Send("banana").AssertReply(OtherSignsQuestion);
        await chat.Send("potato").AssertReply(CrampAssert.HasCard("Contact your doctor today"));
    }

    private Action<Protocol.Activity> OtherSignsQuestion => CrampAssert.All(
        CrampAssert.HasCard("Yes, at least one"),
        reply =>
        {
            Assert.Contains(bot.Content.Triage.OtherSignsQuestion, reply.Summary);
            foreach (var sign in bot.Content.OtherDvtSigns)
            {
                Assert.Contains(sign.Name, reply.Summary);
            }

            Assert.Contains("No, none of these", reply.Summary);
        });
}
