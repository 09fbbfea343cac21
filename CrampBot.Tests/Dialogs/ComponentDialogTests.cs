using CrampBot.Builder;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

public class ComponentDialogTests
{
    [Fact]
    public async Task An_interruption_mid_prompt_answers_then_reprompts_and_the_prompt_does_not_see_the_message()
    {
        await DialogTestDriver.RunAsync(new CheckInDialog(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Which leg?");
            await talk.SendAsync("help");
            talk.Reply("I am noting where your cramp was.");
            talk.Reply("Which leg?");
            await talk.SendAsync("left");
            talk.Reply("Did it wake you?");
            await talk.SendAsync("help");
            talk.Reply("I am noting where your cramp was.");
            Assert.Equal(["Yes", "No"], talk.Reply("Did it wake you?").SuggestedActions!.Actions.Select(a => a.Title));
            await talk.SendAsync("yes");
            talk.Reply("left, woke: True");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
        });
    }

    [Fact]
    public async Task An_interruption_can_replace_the_flow_mid_prompt()
    {
        await DialogTestDriver.RunAsync(new CheckInDialog(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Which leg?");
            await talk.SendAsync("left");
            talk.Reply("Did it wake you?");
            await talk.SendAsync("Something else is wrong");
            talk.Reply("Is someone with you?");
            await talk.SendAsync("no");
            talk.Reply("Escalated, company: False");
            Assert.Equal(DialogTurnStatus.Complete, talk.LastResult!.Status);
            Assert.Equal("escalated", talk.LastResult.Result);
        });
    }

    [Fact]
    public async Task The_interruption_hook_sees_every_message_but_no_other_activity()
    {
        var dialog = new CheckInDialog();
        await DialogTestDriver.RunAsync(dialog, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Which leg?");
            await talk.SendAsync(new Activity { Type = ActivityTypes.Typing });
            await talk.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new System.Text.Json.Nodes.JsonObject { ["text"] = "right" } });
            talk.Reply("Did it wake you?");
            await talk.SendAsync("no");
            talk.Reply("right, woke: False");
        });
        Assert.Equal(["right", "no"], dialog.Seen);
    }

    [Fact]
    public async Task Cancelling_from_outside_cancels_the_inner_dialogs()
    {
        var ended = new List<string>();
        var inner = new ComponentDialog("inner").AddDialog(new NotifyingPrompt("ask", ended));
        var outer = new ComponentDialog("outer").AddDialog(inner);
        var dialogs = new DialogSet().Add(outer);

        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var state = (await accessor.GetAsync(turnContext, () => new DialogState(), ct))!;
            var dc = new DialogContext(dialogs, turnContext, state);
            if (turnContext.Activity.Text == "cancel")
            {
                await dc.CancelAllDialogsAsync(ct);
            }
            else
            {
                await dc.BeginDialogAsync("outer", null, ct);
            }
        }, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Anything?");
            await talk.SendAsync("cancel");
            Assert.Equal(["ask:CancelCalled"], ended);
            Assert.Equal("{\"dialogStack\":[]}", (await talk.StoredDialogStateAsync())!.ToJsonString());
        });
    }

    [Fact]
    public async Task Nested_components_keep_their_stacks_across_turns()
    {
        var inner = new ComponentDialog("inner").AddDialog(new TextPrompt("text"));
        inner.InitialDialogId = "text";
        var outer = new ComponentDialog("outer")
            .AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("inner", new PromptOptions { Prompt = MessageFactory.Text("Anything else?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"noted {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(inner);

        await DialogTestDriver.RunAsync(outer, async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Anything else?");
            var stored = (await talk.StoredDialogStateAsync())!.ToJsonString();
            Assert.Contains("{\"id\":\"inner\",\"state\":{\"dialogs\":{\"dialogStack\":[{\"id\":\"text\",\"state\":{", stored);
            await talk.SendAsync("stiff toes");
            talk.Reply("noted stiff toes");
        });
    }

    /// <summary>Asks which leg and whether the cramp woke the patient; "help" and a change of subject interrupt.</summary>
    private sealed class CheckInDialog : ComponentDialog
    {
        public CheckInDialog()
            : base("checkIn")
        {
            AddDialog(new WaterfallDialog("questions",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Which leg?") }, ct),
                (step, ct) =>
                {
                    step.Values["leg"] = (string)step.Result!;
                    return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Did it wake you?") }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"{step.GetValue<string>("leg")}, woke: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync("checked in", ct);
                },
            ]));
            AddDialog(new WaterfallDialog("escalate",
            [
                (step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Is someone with you?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Escalated, company: {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync("escalated", ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new ConfirmPrompt("confirm"));
            InitialDialogId = "questions";
        }

        public List<string> Seen { get; } = [];

        protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            var text = innerDc.Context.Activity.InputText;
            Seen.Add(text);
            if (text == "help")
            {
                await innerDc.Context.SendActivityAsync("I am noting where your cramp was.", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }
            if (text.Contains("something else", StringComparison.OrdinalIgnoreCase))
            {
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync("escalate", null, cancellationToken);
            }
            return null;
        }
    }

    private sealed class NotifyingPrompt(string id, List<string> ended) : TextPrompt(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
            base.BeginDialogAsync(dc, new PromptOptions { Prompt = MessageFactory.Text("Anything?") }, cancellationToken);

        public override Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
