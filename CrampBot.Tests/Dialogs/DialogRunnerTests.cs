using System.Text.Json;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;
using CrampBot.Storage;
using CrampBot.Builder;

namespace CrampBot.Tests.Dialogs;

/// <summary><see cref="DialogExtensions.RunAsync"/>: begin or continue, the stored shape, and stale state after a deploy.</summary>
public class DialogRunnerTests
{
    private static ComponentDialog Survey(params string[] questions)
    {
        var steps = questions.Select<string, WaterfallStep>(question =>
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(question) }, ct));
        return new ComponentDialog("survey").AddDialog(new WaterfallDialog("questions", steps)).AddDialog(new TextPrompt("text"));
    }

    [Fact]
    public async Task The_stored_state_is_exactly_a_dialog_stack_of_ids_and_states_without_type_names()
    {
        await DialogTestDriver.RunAsync(Survey("Which leg?", "How long?"), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Which leg?");
            await talk.SendAsync("left");
            talk.Reply("How long?");

            var stored = (await talk.StoredDialogStateAsync())!.AsObject();
            Assert.Equal(["dialogStack"], stored.Select(p => p.Key));
            var root = stored["dialogStack"]!.AsArray().Single()!.AsObject();
            Assert.Equal(["id", "state"], root.Select(p => p.Key));
            Assert.Equal("survey", root["id"]!.GetValue<string>());
            var inner = root["state"]!["dialogs"]!["dialogStack"]!.AsArray();
            Assert.Equal(["text", "questions"], inner.Select(i => i!["id"]!.GetValue<string>()));
            Assert.All(inner, i => Assert.Equal(["id", "state"], i!.AsObject().Select(p => p.Key)));
            Assert.Equal(1, inner[1]!["state"]![WaterfallDialog.StepIndexKey]!.GetValue<int>());
            Assert.Equal(0, inner[0]!["state"]![Prompt<string>.AttemptCountKey]!.GetValue<int>());
            Assert.Equal("How long?", inner[0]!["state"]![Prompt<string>.OptionsKey]!["prompt"]!["text"]!.GetValue<string>());
            Assert.DoesNotContain("$type", stored.ToJsonString());
            Assert.Equal(new DialogSet().Add(Survey("Which leg?", "How long?")).Version, root["state"]![DialogStateVersion.VersionKey]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task A_changed_dialog_set_restarts_politely_instead_of_failing()
    {
        var storage = new MemoryStorage();
        var logger = new RecordingLogger();
        await DialogTestDriver.RunAsync(Survey("Which leg?", "How long?"), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Which leg?");
        }, storage: storage);

        // A deploy added a question: the stored step index would now point somewhere else.
        await DialogTestDriver.RunAsync(Survey("When?", "Which leg?", "How long?"), async talk =>
        {
            await talk.SendAsync("left");
            talk.Reply(DialogTestDriver.RestartMessage);
            talk.Reply("When?");
            await talk.SendAsync("last night");
            talk.Reply("Which leg?");
        }, storage: storage, logger: logger);

        // Ids and the reason only: never what the patient typed.
        var line = Assert.Single(logger.Lines);
        Assert.Equal($"Warning 3000 Dialog stack of conversation {CrampBot.Builder.LogIds.Hash("conv1")} dropped (VersionChanged); root dialog survey restarted", line);
    }

    [Fact]
    public async Task A_stored_dialog_id_that_no_longer_exists_restarts_politely()
    {
        await AssertRestartsPolitelyAsync("""{"dialogStack":[{"id":"oldFlow","state":{"stepIndex":4}}]}""");
    }

    [Theory]
    [InlineData("""{"dialogStack":"not a list"}""")]
    [InlineData("""{"dialogStack":[{"id":"survey","state":{"dialogs":{"dialogStack":7}}}]}""")]
    public async Task Unreadable_stored_state_restarts_politely(string storedJson)
    {
        await AssertRestartsPolitelyAsync(storedJson);
    }

    [Fact]
    public async Task An_unknown_id_inside_a_component_is_found_even_when_the_version_matches()
    {
        var dialogs = new DialogSet().Add(Survey("Which leg?"));
        var state = new DialogState
        {
            DialogStack =
            [
                new DialogInstance
                {
                    Id = "survey",
                    State = new JsonObject
                    {
                        [ComponentDialog.InnerStateKey] = JsonNode.Parse("""{"dialogStack":[{"id":"removedPrompt","state":{}}]}"""),
                        [DialogStateVersion.VersionKey] = dialogs.Version,
                    },
                },
            ],
        };
        Assert.Equal(DialogStateCheck.UnknownDialog, DialogStateVersion.Check(state, dialogs));
        await AssertRestartsPolitelyAsync(JsonSerializer.Serialize(state, BotState.ValueJson));
    }

    /// <summary>Stores <paramref name="storedDialogState"/>, then checks that the next message restarts the survey.</summary>
    private static async Task AssertRestartsPolitelyAsync(string storedDialogState)
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, JsonObject>
        {
            ["test/conversations/conv1"] = new() { [DialogExtensions.DialogStateProperty] = JsonNode.Parse(storedDialogState) },
        });
        await DialogTestDriver.RunAsync(Survey("Which leg?"), async talk =>
        {
            await talk.SendAsync("hello again");
            talk.Reply(DialogTestDriver.RestartMessage);
            talk.Reply("Which leg?");
            await talk.SendAsync("left");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
        }, storage: storage);
    }

    [Fact]
    public void The_version_check_tells_empty_compatible_changed_and_unknown_apart()
    {
        var dialogs = new DialogSet().Add(Survey("Which leg?"));
        var state = new DialogState();
        Assert.Equal(DialogStateCheck.Empty, DialogStateVersion.Check(state, dialogs));

        state.DialogStack.Add(new DialogInstance { Id = "survey" });
        Assert.Equal(DialogStateCheck.VersionChanged, DialogStateVersion.Check(state, dialogs));
        DialogStateVersion.Stamp(state, dialogs);
        Assert.Equal(DialogStateCheck.Compatible, DialogStateVersion.Check(state, dialogs));
        Assert.Equal(DialogStateCheck.VersionChanged, DialogStateVersion.Check(state, new DialogSet().Add(Survey("Which leg?", "How long?"))));

        state.DialogStack.Insert(0, new DialogInstance { Id = "gone" });
        Assert.Equal(DialogStateCheck.UnknownDialog, DialogStateVersion.Check(state, dialogs));
    }

    [Fact]
    public void The_version_depends_on_ids_kinds_and_steps_but_not_on_the_order_dialogs_were_added()
    {
        var prompt = () => new TextPrompt("a");
        var steps = () => new WaterfallDialog("b", [(step, ct) => step.EndDialogAsync(null, ct)]);
        var version = new DialogSet().Add(prompt()).Add(steps()).Version;

        Assert.Equal(version, new DialogSet().Add(steps()).Add(prompt()).Version);
        Assert.NotEqual(version, new DialogSet().Add(new ConfirmPrompt("a")).Add(steps()).Version);
        Assert.NotEqual(version, new DialogSet().Add(prompt()).Add(steps().AddStep((step, ct) => step.EndDialogAsync(null, ct))).Version);
        Assert.NotEqual(version, new DialogSet().Add(new TextPrompt("c")).Add(steps()).Version);
        Assert.NotEqual(
            new DialogSet().Add(new ComponentDialog("x").AddDialog(prompt())).Version,
            new DialogSet().Add(new ComponentDialog("x").AddDialog(new TextPrompt("other"))).Version);
    }
}
