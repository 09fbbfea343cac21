using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;
using CrampBot.Understanding;

namespace CrampBot.Conversation;

/// <summary>
/// Asks "Is your leg swollen?" and reads the answer the way a patient gives it: yes / no / not sure, a button tap, or
/// a sentence ("it's a bit puffy", "no swelling"). The result is the answer's id: "yes", "no" or "notSure".
/// </summary>
public sealed class SwellingAnswerPrompt(string dialogId, CrampRecognizer recognizer) : Prompt<string>(dialogId)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotSure = "notSure";

    protected override Task OnPromptAsync(TurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendWithChoicesAsync(turnContext, options, isRetry, options.Choices ?? [], ListStyle.Auto, cancellationToken);

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var recognition = turnContext.Recognize(recognizer);
        var answer = recognition.Answer switch
        {
            YesNoAnswer.Yes => Yes,
            YesNoAnswer.No => No,
            YesNoAnswer.NotSure => NotSure,
            _ => KnownFrom(recognition),
        };
        return Task.FromResult(answer is null
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = answer });
    }

    /// <summary>The answer a first message already gave, so the question is not asked again; null when it gave none.</summary>
    public static string? KnownFrom(Recognition recognition) => recognition.Signals.Swelling switch
    {
        SwellingStatus.Present => Yes,
        SwellingStatus.Absent => No,
        SwellingStatus.NotSure => NotSure,
        _ => null,
    };
}
