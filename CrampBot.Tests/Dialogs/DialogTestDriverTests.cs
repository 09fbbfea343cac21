using CrampBot.Dialogs;
using CrampBot.Dialogs.Prompts;
using Xunit.Sdk;

namespace CrampBot.Tests.Dialogs;

/// <summary>The transcript helper itself must fail loudly when a script forgets a step.</summary>
public class DialogTestDriverTests
{
    private static readonly Dialog Greeter = new WaterfallDialog("greet",
    [
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync("Hello", cancellationToken: ct);
            return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Name?") }, ct);
        },
    ]);

    private static ComponentDialog Root() => new ComponentDialog("root").AddDialog(Greeter).AddDialog(new TextPrompt("text"));

    [Fact]
    public async Task An_unasserted_reply_fails_the_next_send()
    {
        var error = await Assert.ThrowsAsync<FailException>(() => DialogTestDriver.RunAsync(Root(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Hello");
            await talk.SendAsync("Sam");
        }));
        Assert.Contains("Name?", error.Message);
    }

    [Fact]
    public async Task An_unasserted_reply_fails_the_end_of_the_script()
    {
        await Assert.ThrowsAsync<FailException>(() => DialogTestDriver.RunAsync(Root(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Hello");
        }));
    }

    [Fact]
    public async Task Expecting_a_reply_that_never_came_fails()
    {
        await Assert.ThrowsAsync<TrueException>(() => DialogTestDriver.RunAsync(Root(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Hello");
            talk.Reply("Name?");
            talk.Reply("More?");
        }));
    }

    [Fact]
    public async Task A_wrong_reply_text_fails()
    {
        await Assert.ThrowsAsync<EqualException>(() => DialogTestDriver.RunAsync(Root(), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply("Goodbye");
        }));
    }
}
