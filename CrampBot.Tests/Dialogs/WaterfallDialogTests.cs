using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

public class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_run_in_order_each_receives_the_previous_answer_and_may_be_method_groups_lambdas_or_added()
    {
        var steps = new CrampSteps();
        WaterfallStep answer = async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"{step.GetValue<string>("where")} since {step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync("done", ct);
        };
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask", [steps.AskWhereAsync, steps.AskWhenAsync]).AddStep(answer))
            .AddDialog(new TextPrompt("text"));

        await DialogTestDriver.RunAsync(root, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Where is the cramp?");
            await talk.SendAsync("calf");
            talk.Reply("When did it start?");
            await talk.SendAsync("last night");
            talk.Reply("calf since last night");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
            Assert.Equal("done", talk.LastResult.Result);
            Assert.Null(await talk.StoredDialogStateAsync() is JsonObject state && state["dialogStack"] is JsonArray { Count: > 0 } ? state : null);
        });
    }

    [Fact]
    public async Task NextAsync_skips_ahead_with_a_result_and_cannot_be_called_twice()
    {
        InvalidOperationException? secondNext = null;
        var root = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                var result = await step.NextAsync("skipped", ct);
                secondNext = await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return result;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} ({step.Reason})", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} ({step.Reason})", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await DialogTestDriver.RunAsync(root, async talk =>
        {
            await talk.SendAsync("start");
            talk.Reply("step 1 got skipped (NextCalled)");
            Assert.NotNull(secondNext);
            await talk.SendAsync("typed answer");
            talk.Reply("step 2 got typed answer (ContinueCalled)");
        });
    }

    [Fact]
    public async Task Values_and_options_survive_storage_round_trips_with_numbers_read_back_as_int()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("count", new CountOptions { Limit = 3, Label = "cramps" }, ct)]))
            .AddDialog(new WaterfallDialog("count",
            [
                (step, ct) =>
                {
                    step.Values["count"] = 1L; // a long in memory, as some stores hand numbers back
                    step.Values["ratio"] = 0.5;
                    return Task.FromResult(Dialog.EndOfTurn);
                },
                async (step, ct) =>
                {
                    var options = step.GetOptions<CountOptions>()!;
                    var count = step.GetValue<int>("count") + 1;
                    step.Values["count"] = count;
                    await step.Context.SendActivityAsync($"{count}/{options.Limit} {options.Label} {step.GetValue<double>("ratio")} {step.Options!["limit"]!.GetValue<int>()}", cancellationToken: ct);
                    return Dialog.EndOfTurn;
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"count {step.GetValue<int>("count")}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));

        await DialogTestDriver.RunAsync(root, async talk =>
        {
            await talk.SendAsync("go");
            await talk.SendAsync("one");
            talk.Reply("2/3 cramps 0.5 3");
            var stored = (await talk.StoredDialogStateAsync())!.ToJsonString();
            Assert.Contains("\"values\":{\"count\":2,\"ratio\":0.5}", stored);
            Assert.Contains("\"options\":{\"limit\":3,\"label\":\"cramps\"}", stored);
            await talk.SendAsync("two");
            talk.Reply("count 2");
        });
    }

    [Theory]
    [InlineData("{\"n\":7}")]
    [InlineData("{\"n\":7.0}")]
    public void Step_indexes_are_read_whatever_number_type_storage_returns(string json)
    {
        Assert.Equal(7, DialogJson.GetInt32(JsonNode.Parse(json)!.AsObject(), "n"));
        Assert.Equal(7, DialogJson.GetInt32(new JsonObject { ["n"] = 7L }, "n"));
        Assert.Equal(7, DialogJson.GetInt32(new JsonObject { ["n"] = 7.0 }, "n"));
        Assert.Equal(-1, DialogJson.GetInt32(new JsonObject(), "n", -1));
    }

    [Fact]
    public async Task ReplaceDialogAsync_loops_a_waterfall_keeping_values_through_options()
    {
        var loop = new WaterfallDialog("loop",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Cramp {(step.Options?["n"]?.GetValue<int>() ?? 0) + 1}?") }, ct),
            async (step, ct) =>
            {
                var n = (step.GetOptions<JsonObject>()?["n"] is JsonValue v ? v.GetValue<int>() : 0) + 1;
                if (step.Result is "stop")
                {
                    await step.Context.SendActivityAsync($"{n - 1} recorded", cancellationToken: ct);
                    return await step.EndDialogAsync(n - 1, ct);
                }
                return await step.ReplaceDialogAsync("loop", new JsonObject { ["n"] = n }, ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(loop).AddDialog(new TextPrompt("text"));

        await DialogTestDriver.RunAsync(root, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Cramp 1?");
            await talk.SendAsync("calf");
            talk.Reply("Cramp 2?");
            await talk.SendAsync("foot");
            talk.Reply("Cramp 3?");
            await talk.SendAsync("stop");
            talk.Reply("2 recorded");
            Assert.Equal(2, talk.LastResult!.Result);
        });
    }

    /// <summary>Steps written as methods, the way the app's dialogs write them.</summary>
    private sealed class CrampSteps
    {
        public Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where is the cramp?") }, cancellationToken);

        public Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values["where"] = (string)step.Result!;
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("When did it start?") }, cancellationToken);
        }
    }

    public sealed class CountOptions
    {
        public int Limit { get; set; }

        public string? Label { get; set; }
    }
}
