using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

public class ConfirmPromptTests
{
    private static PromptOptions Ask(ListStyle? style = null, int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text("Did the cramp wake you up?"),
        RetryPrompt = MessageFactory.Text("Please answer yes or no."),
        Style = style,
        MaxAttempts = maxAttempts,
    };

    [Theory]
    [InlineData("y", "got yes")]
    [InlineData("Yes", "got yes")]
    [InlineData("YEAH!", "got yes")]
    [InlineData("yep", "got yes")]
    [InlineData("sure", "got yes")]
    [InlineData("ok.", "got yes")]
    [InlineData("Correct", "got yes")]
    [InlineData("yes it did", "got yes")]
    [InlineData("n", "got no")]
    [InlineData("No.", "got no")]
    [InlineData("nope", "got no")]
    [InlineData("Nah", "got no")]
    [InlineData("not at all", "got no")]
    [InlineData("I do not", "got no")]
    [InlineData("Of course not!", "got no")]
    [InlineData("that's not right", "got no")]
    public async Task Yes_and_no_synonyms_are_recognised(string answer, string expected)
    {
        await PromptHarness.AnswerAsync(new ConfirmPrompt("confirm"), Ask(), async talk =>
        {
            await talk.SendAsync(answer);
            talk.Reply(expected);
        });
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("not really")]
    [InlineData("No, not really")]
    [InlineData("dunno")]
    [InlineData("I don't think so")]
    [InlineData("maybe")]
    [InlineData("yes I think so")]
    [InlineData("probably not")]
    [InlineData("yes and no")]
    [InlineData("note")]
    [InlineData("1")]
    public async Task Hedged_mixed_or_unknown_answers_get_the_retry_prompt(string answer)
    {
        await DialogTestDriver.RunAsync(PromptHarness.Echo(new ConfirmPrompt("confirm"), Ask()), async talk =>
        {
            await talk.SendAsync("hi");
            var question = talk.Reply("Did the cramp wake you up?");
            Assert.Equal(["Yes", "No"], question.SuggestedActions!.Actions.Select(a => a.Title));
            await talk.SendAsync(answer);
            var retry = talk.Reply("Please answer yes or no.");
            Assert.Equal(["Yes", "No"], retry.SuggestedActions!.Actions.Select(a => a.Title));
            await talk.SendAsync("yes");
            talk.Reply("got yes");
        });
    }

    [Theory]
    [InlineData("Yes!", true)]
    [InlineData("yes please", true)]
    [InlineData("Of course", true)]
    [InlineData("nope.", false)]
    [InlineData("No thank you", false)]
    [InlineData("yes no", null)]
    [InlineData("", null)]
    [InlineData("banana", null)]
    [InlineData("Not really.", null)]
    [InlineData("no, not really", null)]
    [InlineData("I'm not sure", null)]
    [InlineData("not certain", null)]
    [InlineData("Dunno", null)]
    [InlineData("idk", null)]
    [InlineData("no idea", null)]
    [InlineData("I do not know", null)]
    [InlineData("I do not think it did", null)]
    [InlineData("Maybe", null)]
    [InlineData("perhaps", null)]
    [InlineData("possibly", null)]
    [InlineData("probably", null)]
    [InlineData("it might have", null)]
    [InlineData("I think so", null)]
    [InlineData("yes, I guess", null)]
    [InlineData("I suppose so", null)]
    [InlineData("I believe so", null)]
    [InlineData("kind of", null)]
    [InlineData("sort of", null)]
    [InlineData("not exactly", null)]
    [InlineData("hard to say", null)]
    [InlineData("can't tell", null)]
    [InlineData("sure", true)]
    [InlineData("I'm sure", true)]
    [InlineData("I don't", false)]
    [InlineData("definitely not", false)]
    [InlineData("I have not", false)]
    [InlineData("it does not", false)]
    [InlineData("not true", false)]
    public void The_recognizer_reads_yes_no_or_nothing_and_a_hedge_is_nothing(string answer, bool? expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(answer));
    }

    [Theory]
    [InlineData("1", "got yes")]
    [InlineData("2", "got no")]
    [InlineData("the second one", "got no")]
    public async Task Numbers_pick_yes_or_no_when_the_choices_were_shown_numbered(string answer, string expected)
    {
        await DialogTestDriver.RunAsync(PromptHarness.Echo(new ConfirmPrompt("confirm"), Ask()), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Did the cramp wake you up? (1) Yes or (2) No");
            await talk.SendAsync(answer);
            talk.Reply(expected);
        }, channelId: "sms");
    }

    [Fact]
    public async Task A_card_tap_carrying_value_text_answers_the_question()
    {
        await DialogTestDriver.RunAsync(PromptHarness.Echo(new ConfirmPrompt("confirm"), Ask(ListStyle.HeroCard)), async talk =>
        {
            await talk.SendAsync("hi");
            var card = talk.Reply("Did the cramp wake you up?").Attachments!.Single();
            Assert.Equal(ContentTypes.HeroCard, card.ContentType);
            await talk.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["text"] = "No" } });
            talk.Reply("got no");
        });
    }

    [Fact]
    public async Task Max_attempts_ends_with_no_answer_rather_than_a_guess()
    {
        await PromptHarness.AnswerAsync(new ConfirmPrompt("confirm"), Ask(maxAttempts: 1), async talk =>
        {
            await talk.SendAsync("maybe");
            talk.Reply("no answer");
        });
    }

    [Fact]
    public async Task Choices_can_be_relabelled_and_are_recognised_by_their_titles()
    {
        var prompt = new ConfirmPrompt("confirm") { ConfirmChoices = (new Choice("Ja"), new Choice("Nein")) };
        await DialogTestDriver.RunAsync(PromptHarness.Echo(prompt, Ask()), async talk =>
        {
            await talk.SendAsync("hi");
            Assert.Equal(["Ja", "Nein"], talk.Reply("Did the cramp wake you up?").SuggestedActions!.Actions.Select(a => a.Title));
            await talk.SendAsync("nein");
            talk.Reply("got no");
        });
    }
}
