using CrampBot.Builder;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

/// <summary>
/// A dialog an enclosing component defines is found from inside a child component (<see cref="DialogContext.FindDialog"/>
/// walks up <see cref="DialogContext.Parent"/>), on every path: begin, continue across turns, reprompt, cancel.
/// </summary>
public class FindDialogTests
{
    [Fact]
    public async Task A_child_component_asks_with_a_prompt_its_parent_defines_across_turns()
    {
        var ended = new List<string>();
        await DialogTestDriver.RunAsync(new VisitDialog(ended), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Is your leg swollen?");
            var stored = (await talk.StoredDialogStateAsync())!.ToJsonString();
            Assert.Contains("{\"id\":\"legCheck\",\"state\":{\"dialogs\":{\"dialogStack\":[{\"id\":\"confirm\",", stored);
            await talk.SendAsync("yes");
            talk.Reply("swollen: True");
            talk.Reply("visit done: checked");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
            Assert.Equal(["confirm:EndCalled"], ended);
        });
    }

    [Fact]
    public async Task An_interruption_in_the_parent_reprompts_a_parent_defined_prompt_waiting_in_the_child()
    {
        await DialogTestDriver.RunAsync(new VisitDialog([]), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Is your leg swollen?");
            await talk.SendAsync("help");
            talk.Reply("I am asking about your leg.");
            talk.Reply("Is your leg swollen?");
            await talk.SendAsync("no");
            talk.Reply("swollen: False");
            talk.Reply("visit done: checked");
        });
    }

    [Fact]
    public async Task Cancelling_the_child_ends_the_parent_defined_prompt_waiting_in_it()
    {
        var ended = new List<string>();
        await DialogTestDriver.RunAsync(new VisitDialog(ended), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Is your leg swollen?");
            await talk.SendAsync("stop");
            talk.Reply("Stopped.");
            Assert.Equal(["confirm:CancelCalled"], ended);
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
        });
    }

    [Fact]
    public async Task The_nearest_definition_wins_and_an_id_defined_nowhere_is_still_not_found()
    {
        var child = new ComponentDialog("child")
            .AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("say", null, ct),
                (step, ct) => step.BeginDialogAsync("parentOnly", null, ct),
                async (step, ct) =>
                {
                    Assert.Null(step.FindDialog("nowhere"));
                    var error = await Assert.ThrowsAsync<DialogNotFoundException>(() => step.BeginDialogAsync("nowhere", null, ct));
                    Assert.Equal("nowhere", error.DialogId);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(new SayDialog("say", "said by the child"));
        var parent = new ComponentDialog("parent")
            .AddDialog(child)
            .AddDialog(new SayDialog("say", "said by the parent"))
            .AddDialog(new SayDialog("parentOnly", "said by the parent only"));

        await DialogTestDriver.RunAsync(parent, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("said by the child");
            talk.Reply("said by the parent only");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
        });
    }

    [Fact]
    public async Task A_context_without_a_parent_finds_only_its_own_dialogs()
    {
        var dialogs = new DialogSet().Add(new SayDialog("say", "hello"));
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var root = new DialogContext(dialogs, turnContext, new DialogState());
            var inner = new DialogContext(new DialogSet(), turnContext, new DialogState(), root);
            Assert.Same(dialogs.Find("say"), inner.FindDialog("say"));
            Assert.Null(new DialogContext(new DialogSet(), turnContext, new DialogState()).FindDialog("say"));
            await inner.BeginDialogAsync("say", null, ct);
        }, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("hello");
        });
    }

    /// <summary>
    /// A visit whose leg check (a child component) asks with the visit's own confirm prompt; "help" and "stop" interrupt.
    /// </summary>
    private sealed class VisitDialog : ComponentDialog
    {
        public VisitDialog(List<string> ended)
            : base("visit")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("legCheck", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"visit done: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new ComponentDialog("legCheck").AddDialog(new WaterfallDialog("questions",
            [
                (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Is your leg swollen?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"swollen: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync("checked", ct);
                },
            ])));
            AddDialog(new EndRecordingConfirmPrompt("confirm", ended));
        }

        protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.InputText)
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("I am asking about your leg.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "stop":
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    await innerDc.Context.SendActivityAsync("Stopped.", cancellationToken: cancellationToken);
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                default:
                    return null;
            }
        }
    }

    private sealed class EndRecordingConfirmPrompt(string id, List<string> ended) : ConfirmPrompt(id)
    {
        public override Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add($"{Id}:{reason}");
            return base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
        }
    }

    /// <summary>Says its text and ends at once.</summary>
    private sealed class SayDialog(string id, string text) : Dialog(id)
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
    }
}
