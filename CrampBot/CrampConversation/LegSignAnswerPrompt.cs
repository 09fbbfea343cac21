using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>
/// Asks one of the leg pain check's questions ("Is your leg swollen?", "Do you have any of these?") and reads the
/// answer the way a patient gives it: a button, yes / no / not sure, or a sentence. Any sign of a clot in the answer
/// makes it a yes, whatever else it says: "No, but it's red, hot and tender" is a yes.
/// </summary>
public sealed class LegSignAnswerPrompt(string dialogId, CrampRecognizer recognizer) : Prompt<YesNoAnswer?>(dialogId)
{
    protected override Task OnPromptAsync(TurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendWithChoicesAsync(turnContext, options, isRetry, options.Choices ?? [], ListStyle.Auto, cancellationToken);

    protected override Task<PromptRecognizerResult<YesNoAnswer?>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = Read(turnContext.Recognize(recognizer));
        return Task.FromResult(answer == YesNoAnswer.None
            ? new PromptRecognizerResult<YesNoAnswer?>()
            : new PromptRecognizerResult<YesNoAnswer?> { Succeeded = true, Value = answer });
    }

    /// <summary>The message as an answer about the signs of a clot in the leg.</summary>
    public static YesNoAnswer Read(Recognition recognition) =>
        recognition.Signals.DvtSignsIfAboutTheLeg != DvtSigns.None ? YesNoAnswer.Yes : recognition.Answer;
}
