using CrampBot.Builder;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

/// <summary>Stack operations driven directly through a <see cref="DialogContext"/>, with a real state round trip per turn.</summary>
public class DialogContextTests
{
    private readonly List<string> _ended = [];

    private DialogSet CreateDialogs(IStatePropertyAccessor<DialogState> accessor) => new DialogSet(accessor)
        .Add(new RecordingDialog("a", _ended))
        .Add(new RecordingDialog("b", _ended))
        .Add(new TextPrompt("text"));

    [Fact]
    public async Task Begin_pushes_on_top_and_end_resumes_the_dialog_below_with_the_result()
    {
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var dc = await CreateDialogs(accessor).CreateContextAsync(turnContext, ct);
            switch (turnContext.Activity.Text)
            {
                case "begin":
                    await dc.BeginDialogAsync("a", null, ct);
                    await dc.BeginDialogAsync("b", null, ct);
                    await turnContext.SendActivityAsync(string.Join(",", dc.Stack.Select(i => i.Id)), cancellationToken: ct);
                    break;
                case "end":
                    var result = await dc.EndDialogAsync("from b", ct);
                    await turnContext.SendActivityAsync($"{result.Status} {dc.ActiveDialog!.Id} {dc.Stack.Count}", cancellationToken: ct);
                    break;
                case "end again":
                    var last = await dc.EndDialogAsync("from a", ct);
                    await turnContext.SendActivityAsync($"{last.Status} {last.Result} {dc.Stack.Count}", cancellationToken: ct);
                    break;
            }
        }, async talk =>
        {
            await talk.SendAsync("begin");
            talk.Reply("begun a");
            talk.Reply("begun b");
            talk.Reply("b,a");
            await talk.SendAsync("end");
            talk.Reply("a resumed with from b");
            talk.Reply("Waiting a 1");
            await talk.SendAsync("end again");
            talk.Reply("Complete from a 0");
            Assert.Equal(["b:EndCalled", "a:EndCalled"], _ended);
        });
    }

    [Fact]
    public async Task Replace_ends_the_active_dialog_and_begins_another_in_its_place()
    {
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var dc = await CreateDialogs(accessor).CreateContextAsync(turnContext, ct);
            if (turnContext.Activity.Text == "begin")
            {
                await dc.BeginDialogAsync("a", null, ct);
            }
            else
            {
                await dc.ReplaceDialogAsync("b", null, ct);
                await turnContext.SendActivityAsync(string.Join(",", dc.Stack.Select(i => i.Id)), cancellationToken: ct);
            }
        }, async talk =>
        {
            await talk.SendAsync("begin");
            talk.Reply("begun a");
            await talk.SendAsync("replace");
            talk.Reply("begun b");
            talk.Reply("b");
            Assert.Equal(["a:ReplaceCalled"], _ended);
        });
    }

    [Fact]
    public async Task CancelAll_ends_every_dialog_top_first_and_reports_cancelled_then_empty()
    {
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var dc = await CreateDialogs(accessor).CreateContextAsync(turnContext, ct);
            if (turnContext.Activity.Text == "begin")
            {
                await dc.BeginDialogAsync("a", null, ct);
                await dc.BeginDialogAsync("b", null, ct);
                return;
            }
            var first = await dc.CancelAllDialogsAsync(ct);
            var second = await dc.CancelAllDialogsAsync(ct);
            await turnContext.SendActivityAsync($"{first.Status} {second.Status} {dc.Stack.Count}", cancellationToken: ct);
        }, async talk =>
        {
            await talk.SendAsync("begin");
            talk.Reply("begun a");
            talk.Reply("begun b");
            await talk.SendAsync("cancel");
            talk.Reply("Cancelled Empty 0");
            Assert.Equal(["b:CancelCalled", "a:CancelCalled"], _ended);
            Assert.Equal("{\"dialogStack\":[]}", (await talk.StoredDialogStateAsync())!.ToJsonString());
        });
    }

    [Fact]
    public async Task Reprompt_asks_the_active_prompt_again_and_continue_with_no_dialog_is_empty()
    {
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var dc = await CreateDialogs(accessor).CreateContextAsync(turnContext, ct);
            switch (turnContext.Activity.Text)
            {
                case "empty":
                    await turnContext.SendActivityAsync((await dc.ContinueDialogAsync(ct)).Status.ToString(), cancellationToken: ct);
                    break;
                case "ask":
                    await dc.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Which leg?") }, ct);
                    break;
                default:
                    await dc.RepromptDialogAsync(ct);
                    break;
            }
        }, async talk =>
        {
            await talk.SendAsync("empty");
            talk.Reply("Empty");
            await talk.SendAsync("ask");
            talk.Reply("Which leg?");
            await talk.SendAsync("reprompt");
            talk.Reply("Which leg?");
        });
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_is_a_programming_error()
    {
        await DialogTestDriver.RunAsync(async (turnContext, accessor, ct) =>
        {
            var dc = await CreateDialogs(accessor).CreateContextAsync(turnContext, ct);
            var error = await Assert.ThrowsAsync<DialogNotFoundException>(() => dc.BeginDialogAsync("missing", null, ct));
            Assert.Equal("missing", error.DialogId);
        }, talk => talk.SendAsync("hi"));
    }

    [Fact]
    public void Adding_two_dialogs_with_one_id_fails()
    {
        var dialogs = new DialogSet().Add(new TextPrompt("text"));
        Assert.Throws<ArgumentException>(() => dialogs.Add(new TextPrompt("text")));
    }

    /// <summary>Says when it begins and resumes, and records how it ended.</summary>
    private sealed class RecordingDialog(string id, List<string> ended) : Dialog(id)
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync($"begun {Id}", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync($"{Id} resumed with {result}", cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        public override Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
