using CrampBot.Storage;

namespace CrampBot.Tests.CrampConversation;

public sealed class WelcomeAndNavigationTests(CrampHost bot) : IClassFixture<CrampHost>
{
    [Fact]
    public async Task Joining_gets_the_welcome_disclaimer_and_menu_once()
    {
        await using var chat = bot.StartConversation();
        await chat.Join()
            .AssertReply(CrampAssert.TextAndButtons("I'm CrampBot", "What is a leg cramp?", "Your kidneys"))
            .AssertNoMoreReplies();
        await chat.Send("hello").AssertReply("I'm CrampBot");
        await chat.Join().AssertNoMoreReplies();
    }

    [Fact]
    public async Task The_welcome_says_it_is_not_a_diagnosis_and_gives_the_emergency_number()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply(reply =>
        {
            Assert.Contains("not a diagnosis", reply.Text);
            Assert.Contains("999", reply.Text);
        });
    }

    [Fact]
    public async Task A_first_message_that_asks_a_question_gets_a_short_welcome_then_the_answer()
    {
        await using var chat = bot.StartConversation();
        await chat.Send("how long does a cramp last")
            .AssertReply("I'm CrampBot")
            .AssertReply("up to 10 minutes")
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task Help_terms_and_thanks()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("help").AssertReply(CrampAssert.TextAndButtons("in your own words", "What is a leg cramp?"));
        await chat.Send("terms of use").AssertReply("not a diagnosis");
        await chat.Send("thanks!").AssertReply("You're welcome");
    }

    [Fact]
    public async Task Out_of_scope_gets_an_honest_answer_and_the_menu()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("can you book me a taxi").AssertReply(CrampAssert.TextAndButtons("I can only help with leg cramps", "What is a leg cramp?"));
    }

    [Fact]
    public async Task Start_over_leaves_the_question_and_shows_the_menu()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry your leg hurts").AssertReply("Is your leg swollen?");
        await chat.Send("start over").AssertReply(CrampAssert.TextAndButtons("start again", "What is a leg cramp?"));
        // The swelling question is gone: "yes" is no longer its answer.
        await chat.Send("yes").AssertReply(CrampAssert.NotAnOutcome);
    }

    [Fact]
    public async Task Forget_me_deletes_the_users_and_the_conversations_state()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send("my calf hurts").AssertReply("sorry").AssertReply("Is your leg swollen?");
        var storage = bot.Host.Services.GetRequiredService<IStorage>();
        var keys = new[] { $"test/conversations/{chat.ConversationId}", $"test/users/{chat.UserId}" };
        Assert.Contains(keys[0], (await storage.ReadAsync(keys)).Keys);

        await chat.Send("please forget me").AssertReply("deleted what I had stored").AssertNoMoreReplies();

        Assert.Empty(await storage.ReadAsync(keys));
        // A fresh start: welcomed again, and no half-finished question.
        await chat.Send("hi").AssertReply("I'm CrampBot");
    }

    [Fact]
    public async Task A_message_with_neither_text_nor_value_is_answered_without_crashing()
    {
        await using var chat = bot.StartConversation();
        await chat.Join().AssertReply("I'm CrampBot");
        await chat.Send(chat.NewActivity(ActivityTypes.Message)).AssertReply("talk to your doctor");
    }
}
