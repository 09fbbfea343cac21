using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

public class ChoicePromptTests
{
    private static PromptOptions Ask(int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text("Where was the cramp?"),
        RetryPrompt = MessageFactory.Text("Please pick one of the options."),
        Choices =
        [
            new Choice("Calf", "back of the leg", "lower leg"),
            new Choice("Foot", "sole", "toes"),
            new Choice("Thigh") { Action = new CardAction { Type = ActionTypes.ImBack, Title = "Upper leg", Value = "Thigh" } },
        ],
        MaxAttempts = maxAttempts,
    };

    [Theory]
    [InlineData("calf", "got Calf #0 via Calf")]
    [InlineData("FOOT!", "got Foot #1 via Foot")]
    [InlineData("upper leg", "got Thigh #2 via Upper leg")]
    [InlineData("toes", "got Foot #1 via toes")]
    [InlineData("Back of the leg", "got Calf #0 via back of the leg")]
    [InlineData("my calf", "got Calf #0 via Calf")]
    [InlineData("claf", "got Calf #0 via Calf")]
    [InlineData("thihg", "got Thigh #2 via Thigh")]
    [InlineData("2", "got Foot #1 via 2")]
    [InlineData("second", "got Foot #1 via second")]
    [InlineData("the 2nd", "got Foot #1 via 2nd")]
    [InlineData("the first one", "got Calf #0 via first")]
    [InlineData("the last", "got Thigh #2 via last")]
    public async Task Values_titles_synonyms_typos_numbers_and_ordinals_are_recognised(string answer, string expected)
    {
        await PromptHarness.AnswerAsync(new ChoicePrompt("choice"), Ask(), async talk =>
        {
            await talk.SendAsync(answer);
            talk.Reply(expected);
        });
    }

    [Theory]
    [InlineData("4")]
    [InlineData("arm")]
    [InlineData("calf and foot")]
    [InlineData("bed")]
    public async Task Out_of_range_unknown_or_ambiguous_answers_get_the_retry_prompt(string answer)
    {
        await PromptHarness.AnswerAsync(new ChoicePrompt("choice"), Ask(), async talk =>
        {
            await talk.SendAsync(answer);
            Assert.Equal(["Calf", "Foot", "Upper leg"], talk.Reply("Please pick one of the options.").SuggestedActions!.Actions.Select(a => a.Title));
            await talk.SendAsync("foot");
            talk.Reply("got Foot #1 via Foot");
        });
    }

    [Fact]
    public async Task A_card_tap_with_value_text_and_no_text_picks_the_choice()
    {
        await PromptHarness.AnswerAsync(new ChoicePrompt("choice"), Ask(), async talk =>
        {
            await talk.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["text"] = "Thigh" } });
            talk.Reply("got Thigh #2 via Thigh");
        });
    }

    [Fact]
    public async Task A_validator_can_refuse_a_recognised_choice_and_the_retry_prompt_follows()
    {
        var seen = new List<string>();
        var prompt = new ChoicePrompt("choice", (context, _) =>
        {
            seen.Add($"{context.AttemptCount}:{context.Recognized.Succeeded}:{context.Recognized.Value?.Value}");
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value!.Value != "Thigh");
        });
        await PromptHarness.AnswerAsync(prompt, Ask(), async talk =>
        {
            await talk.SendAsync("thigh");
            talk.Reply("Please pick one of the options.");
            await talk.SendAsync("elbow");
            talk.Reply("Please pick one of the options.");
            await talk.SendAsync("calf");
            talk.Reply("got Calf #0 via Calf");
            Assert.Equal(["1:True:Thigh", "2:False:", "3:True:Calf"], seen);
        });
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_ends_with_no_answer()
    {
        await PromptHarness.AnswerAsync(new ChoicePrompt("choice"), Ask(maxAttempts: 3), async talk =>
        {
            await talk.SendAsync("arm");
            talk.Reply("Please pick one of the options.");
            await talk.SendAsync("neck");
            talk.Reply("Please pick one of the options.");
            await talk.SendAsync("back");
            talk.Reply("no answer");
        });
    }
}
