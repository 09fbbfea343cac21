using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Dialogs.Choices;

namespace CrampBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as the channel allows. Recognises values,
/// button titles, synonyms (small typos tolerated), numbers and ordinals. The result is a <see cref="FoundChoice"/>.
/// </summary>
public class ChoicePrompt(string dialogId, Func<PromptValidatorContext<FoundChoice>, CancellationToken, Task<bool>>? validator = null)
    : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>The style used when <see cref="PromptOptions.Style"/> is null.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Whether "2" or "the second" picks by position.</summary>
    public bool RecognizeNumbers { get; set; } = true;

    protected override async Task OnPromptAsync(TurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        await SendWithChoicesAsync(turnContext, options, isRetry, options.Choices ?? [], options.Style ?? Style, cancellationToken);

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.InputText, options.Choices ?? [], RecognizeNumbers);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
