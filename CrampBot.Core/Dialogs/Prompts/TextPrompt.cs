using System.Text.Json.Nodes;
using CrampBot.Builder;

namespace CrampBot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty message (or card tap text) is an answer. The result is a string.</summary>
public class TextPrompt(string dialogId, Func<PromptValidatorContext<string>, CancellationToken, Task<bool>>? validator = null)
    : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.InputText;
        return Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = text });
    }
}
