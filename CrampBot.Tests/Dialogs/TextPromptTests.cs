using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

public class TextPromptTests
{
    private static PromptOptions Ask(int? maxAttempts = null, JsonNode? validations = null) => new()
    {
        Prompt = MessageFactory.Text("How long did it last?"),
        RetryPrompt = MessageFactory.Text("Please tell me how many minutes."),
        MaxAttempts = maxAttempts,
        Validations = validations,
    };

    [Fact]
    public async Task Typed_text_is_the_answer_and_the_prompt_expects_input()
    {
        await DialogTestDriver.RunAsync(PromptHarness.Echo(new TextPrompt("text"), Ask()), async talk =>
        {
            await talk.SendAsync("hi");
            Assert.Equal(InputHints.ExpectingInput, talk.Reply("How long did it last?").InputHint);
            await talk.SendAsync("about five minutes");
            talk.Reply("got about five minutes");
        });
    }

    [Fact]
    public async Task A_card_tap_with_only_a_value_text_answers_like_typing()
    {
        await PromptHarness.AnswerAsync(new TextPrompt("text"), Ask(), async talk =>
        {
            await talk.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["text"] = "ten minutes" } });
            talk.Reply("got ten minutes");
        });
    }

    [Fact]
    public async Task Typing_and_events_are_ignored_and_do_not_count_as_attempts()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", (context, _) =>
        {
            attempts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Value == "5");
        });

        await PromptHarness.AnswerAsync(prompt, Ask(), async talk =>
        {
            await talk.SendAsync(new Activity { Type = ActivityTypes.Typing });
            await talk.SendAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" });
            await talk.SendAsync("a while");
            talk.Reply("Please tell me how many minutes.");
            await talk.SendAsync("5");
            talk.Reply("got 5");
            Assert.Equal([1, 2], attempts);
        });
    }

    [Fact]
    public async Task An_empty_message_is_not_an_answer_and_gets_the_retry_prompt()
    {
        await PromptHarness.AnswerAsync(new TextPrompt("text"), Ask(), async talk =>
        {
            await talk.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "  " });
            talk.Reply("Please tell me how many minutes.");
            await talk.SendAsync("an hour");
            talk.Reply("got an hour");
        });
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_question_is_asked_again()
    {
        var prompt = new TextPrompt("text", (context, _) => Task.FromResult(context.Recognized.Value!.Any(char.IsDigit)));
        await PromptHarness.AnswerAsync(prompt, new PromptOptions { Prompt = MessageFactory.Text("Minutes?") }, async talk =>
        {
            await talk.SendAsync("long");
            talk.Reply("Minutes?");
            await talk.SendAsync("3 minutes");
            talk.Reply("got 3 minutes");
        });
    }

    [Fact]
    public async Task Validators_see_attempts_and_validations_and_can_reply_themselves()
    {
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            var max = context.Options.Validations!["maxMinutes"]!.GetValue<int>();
            if (int.TryParse(context.Recognized.Value, out var minutes) && minutes <= max)
            {
                return true;
            }
            if (context.AttemptCount == 2)
            {
                await context.Context.SendActivityAsync($"A number up to {max}, please (attempt {context.AttemptCount}).", cancellationToken: ct);
            }
            return false;
        });

        await PromptHarness.AnswerAsync(prompt, Ask(validations: new JsonObject { ["maxMinutes"] = 60 }), async talk =>
        {
            await talk.SendAsync("ages");
            talk.Reply("Please tell me how many minutes.");
            await talk.SendAsync("90");
            talk.Reply("A number up to 60, please (attempt 2).");
            await talk.SendAsync("20");
            talk.Reply("got 20");
        });
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_ends_with_no_answer()
    {
        var prompt = new TextPrompt("text", (context, _) => Task.FromResult(int.TryParse(context.Recognized.Value, out var _)));
        await PromptHarness.AnswerAsync(prompt, Ask(maxAttempts: 2), async talk =>
        {
            await talk.SendAsync("dunno");
            talk.Reply("Please tell me how many minutes.");
            await talk.SendAsync("still dunno");
            talk.Reply("no answer");
            Assert.Null(talk.LastResult!.Result);
        });
    }
}
