using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Dialogs.Choices;

namespace CrampBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, showing Yes and No as the channel allows. Understands yes/no phrases
/// (<see cref="ConfirmRecognizer"/>), and "1"/"2" or "first"/"second" when the choices were shown numbered. The result is a bool.
/// A hedged answer ("not really", "I think so") is neither, and the question is asked again.
/// </summary>
public class ConfirmPrompt(string dialogId, Func<PromptValidatorContext<bool>, CancellationToken, Task<bool>>? validator = null)
    : Prompt<bool>(dialogId, validator)
{
    /// <summary>Persisted key: whether the last question showed numbered choices.</summary>
    public const string NumberedKey = "numbered";

    /// <summary>The style used when <see cref="PromptOptions.Style"/> is null.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>The two choices shown, yes first; English by default.</summary>
    public (Choice Yes, Choice No) ConfirmChoices { get; set; } = (new Choice("Yes"), new Choice("No"));

    protected override async Task OnPromptAsync(TurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var shown = await SendWithChoicesAsync(turnContext, options, isRetry, [ConfirmChoices.Yes, ConfirmChoices.No], options.Style ?? Style, cancellationToken);
        state[NumberedKey] = shown is ListStyle.Inline or ListStyle.List;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.InputText;
        var answer = ConfirmRecognizer.Recognize(text) ?? RecognizeChoice(text, state);
        return Task.FromResult(answer is { } value
            ? new PromptRecognizerResult<bool> { Succeeded = true, Value = value }
            : new PromptRecognizerResult<bool>());
    }

    /// <summary>A tap on a localised button title, or a number when the choices were numbered.</summary>
    private bool? RecognizeChoice(string text, JsonObject state)
    {
        var numbered = state[NumberedKey] is JsonValue flag && flag.TryGetValue<bool>(out var isNumbered) && isNumbered;
        var found = ChoiceRecognizer.Recognize(text, [ConfirmChoices.Yes, ConfirmChoices.No], recognizeNumbers: numbered);
        return found is { Score: >= 1.0 } ? found.Index == 0 : null;
    }
}
