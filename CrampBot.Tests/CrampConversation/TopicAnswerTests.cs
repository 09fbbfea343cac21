using CrampBot.Content;

namespace CrampBot.Tests.CrampConversation;

/// <summary>Each topic of the leaflet is answered through the real pipeline, with its source and follow-ups.</summary>
public sealed class TopicAnswerTests(CrampHost bot) : IClassFixture<CrampHost>
{
    public static TheoryData<string> TopicIds => [.. new CrampHost().Content.Topics.Select(t => t.Id)];

    private async Task<Transcript> JoinedAsync()
    {
        var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        return chat;
    }

    private static Action<CrampBot.Protocol.Activity> IsAnswerTo(Topic topic, ContentCatalog content) => reply =>
    {
        if (topic.Card)
        {
            CrampAssert.HasCard(topic.Title)(reply);
            Assert.Contains(topic.Answer, reply.Attachments![0].Content!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }
        Assert.Contains(topic.Answer, reply.Text);
        Assert.Contains(content.SourceLine, reply.Text);
        var followUps = reply.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
        Assert.Equal(content.RelatedTopics(topic).Select(t => t.Title), followUps);
    };

    [Theory]
    [MemberData(nameof(TopicIds))]
    public async Task Each_topic_is_answered_from_the_content_with_its_source(string topicId)
    {
        var topic = bot.Content.GetTopic(topicId);
        await using var chat = await JoinedAsync();
        await chat.Send(topic.ExampleQuestions[0]).AssertReply(IsAnswerTo(topic, bot.Content));
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public async Task Tapping_a_topic_button_answers_that_topic(string topicId)
    {
        // Menu and follow-up buttons send the topic's title, as typed text (imBack) or as a card submit's value.
        var topic = bot.Content.GetTopic(topicId);
        await using var chat = await JoinedAsync();
        await chat.Send(topic.Title).AssertReply(IsAnswerTo(topic, bot.Content));
        await chat.Tap(new JsonObject { ["text"] = topic.Title }).AssertReply(IsAnswerTo(topic, bot.Content));
    }

    [Fact]
    public async Task Kidneys_and_ultrasound_come_as_adaptive_cards_with_a_plain_text_version()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("what do my kidneys do").AssertReply(reply =>
        {
            CrampAssert.HasCard("kidneys")(reply);
            Assert.Contains("filter your blood", reply.Summary);
            var card = reply.Attachments![0].Content!;
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]?.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(card["speak"]?.GetValue<string>()));
        });
        await chat.Send("how does an ultrasound work").AssertReply(CrampAssert.HasCard("sound waves"));
    }

    [Theory]
    [InlineData("what causes cramps and can my statins do it?", "why-do-i-get-leg-cramps", "medicine-statins")]
    [InlineData("How long do cramps last? Are they serious?", "how-long-cramps-last", "are-leg-cramps-serious")]
    [InlineData("what is a dvt, and what is a bakers cyst", "dvt", "bakers-cyst")]
    public async Task Two_questions_in_one_message_are_both_answered_in_order(string message, string firstId, string secondId)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(message)
            .AssertReply(IsAnswerTo(bot.Content.GetTopic(firstId), bot.Content))
            .AssertReply(IsAnswerTo(bot.Content.GetTopic(secondId), bot.Content))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task A_red_flag_beside_two_questions_still_comes_first_and_alone()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("what causes cramps and can my statins do it? I also have chest pain")
            .AssertReply(CrampAssert.HasCard("999"))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("does ibuprofen cause cramps", "Ibuprofen isn't named on the leaflet's list")]
    [InlineData("can paracetamol give me leg cramps", "Paracetamol isn't named on the leaflet's list")]
    public async Task A_medicine_not_on_the_list_is_answered_honestly(string question, string expected)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(question).AssertReply(reply =>
        {
            Assert.Contains(expected, reply.Text);
            Assert.Contains("ask your pharmacist or doctor", reply.Text);
        });
    }

    [Theory]
    [InlineData("should I stop taking my statins")]
    [InlineData("can i stop my water tablets")]
    public async Task Stopping_a_medicine_is_never_advised(string question)
    {
        await using var chat = await JoinedAsync();
        await chat.Send(question).AssertReply("don't stop taking any medicine without talking to your doctor");
    }

    [Fact]
    public async Task A_medicine_named_by_another_name_is_answered_with_a_note()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("can simvastatin cause cramps")
            .AssertReply(IsAnswerTo(bot.Content.GetTopic("medicine-statins"), bot.Content))
            .AssertReply("I've taken \"simvastatin\" to mean");
    }

    [Fact]
    public async Task When_unsure_it_asks_did_you_mean_and_answers_the_choice()
    {
        await using var chat = await JoinedAsync();
        var replies = await chat.Send("cramp").AssertReply(reply =>
        {
            Assert.Contains("Did you mean", reply.Text);
            var buttons = reply.SuggestedActions!.Actions.Select(a => a.Title).ToList();
            Assert.InRange(buttons.Count, 3, 4);
            Assert.Equal(bot.Content.Messages.NoneOfThese, buttons[^1]);
        });
        var firstChoice = replies.All[0].SuggestedActions!.Actions[0].Title!;
        var topic = bot.Content.Topics.Single(t => t.Title == firstChoice);
        await chat.Send("1").AssertReply(IsAnswerTo(topic, bot.Content));
    }

    [Fact]
    public async Task None_of_these_goes_to_talk_to_your_doctor()
    {
        await using var chat = await JoinedAsync();
        await chat.Send("cramp").AssertReply("Did you mean");
        await chat.Send(bot.Content.Messages.NoneOfThese).AssertReply("talk to your doctor");
    }
}
