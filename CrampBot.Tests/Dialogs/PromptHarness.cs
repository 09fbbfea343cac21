using System.Globalization;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Tests.Dialogs;

/// <summary>A root dialog that asks one prompt and then says what it got: "got X", or "no answer" on a null result.</summary>
internal static class PromptHarness
{
    public static ComponentDialog Echo(Dialog prompt, PromptOptions options) =>
        new ComponentDialog("echo")
            .AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync(Describe(step.Result), cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]))
            .AddDialog(prompt);

    /// <summary>
    /// Runs <paramref name="script"/> against <see cref="Echo"/> once a first message has started the prompt and its
    /// question was the reply, so the script begins with the user's answer.
    /// </summary>
    public static Task AnswerAsync(Dialog prompt, PromptOptions options, Func<DialogTestDriver, Task> script) =>
        DialogTestDriver.RunAsync(Echo(prompt, options), async talk =>
        {
            await talk.SendAsync("hi");
            talk.Reply(options.Prompt!.Text!);
            await script(talk);
        });

    public static string Describe(object? result) => result switch
    {
        null => "no answer",
        FoundChoice found => string.Create(CultureInfo.InvariantCulture, $"got {found.Value} #{found.Index} via {found.Synonym}"),
        bool yes => yes ? "got yes" : "got no",
        _ => $"got {result}",
    };
}
