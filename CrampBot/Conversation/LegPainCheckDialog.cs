using CrampBot.Dialogs;
using CrampBot.Understanding;
using ContentLevel = CrampBot.Content.TriageLevel;

namespace CrampBot.Conversation;

/// <summary>
/// The leg pain check, the DVT escalation of the leaflet: "If you get swelling as well as pain in your calf or
/// thigh, you might need an ultrasound scan to see if there's a blood clot in your leg."
/// <code>
/// leg pain ──► Is your leg swollen? (skipped when already said)
///                 ├─ no ─────────────► self-care: likely a cramp; when to see a doctor
///                 └─ yes / not sure ─► urgent: contact your doctor today (DVT, ultrasound)
/// chest pain, breathlessness or coughing blood, at any step ─► emergency (MainDialog's red-flag check)
/// </code>
/// </summary>
public sealed class LegPainCheckDialog : ComponentDialog
{
    public const string DialogId = "legPainCheck";
    private const string SwellingPromptId = "isLegSwollen";

    private readonly CrampReplies _replies;
    private readonly Content.ContentCatalog _content;

    public LegPainCheckDialog(CrampReplies replies, Content.ContentCatalog content, CrampRecognizer recognizer) : base(DialogId)
    {
        _replies = replies;
        _content = content;
        AddDialog(new WaterfallDialog("legPainCheckSteps", [AskIfLegIsSwollenAsync, GiveOutcomeAsync]));
        AddDialog(new SwellingAnswerPrompt(SwellingPromptId, recognizer));
        InitialDialogId = "legPainCheckSteps";
    }

    private async Task<DialogTurnResult> AskIfLegIsSwollenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<LegPainCheckOptions>()?.Swelling is { } alreadySaid)
        {
            return await step.NextAsync(alreadySaid, cancellationToken);
        }
        await step.Context.SendActivityAsync(_replies.Text(_content.Triage.Intro), cancellationToken);
        return await step.PromptAsync(SwellingPromptId, _replies.SwellingQuestion(), cancellationToken);
    }

    private async Task<DialogTurnResult> GiveOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // No usable answer after the retries: take the safe reading.
        var swelling = step.Result as string ?? SwellingAnswerPrompt.NotSure;
        var outcome = swelling == SwellingAnswerPrompt.No
            ? _replies.Outcome(ContentLevel.SelfCare, notSureAboutSwelling: false)
            : _replies.Outcome(ContentLevel.UrgentSameDay, notSureAboutSwelling: swelling == SwellingAnswerPrompt.NotSure);
        await step.Context.SendActivityAsync(outcome, cancellationToken);
        return await step.EndDialogAsync(swelling, cancellationToken);
    }
}
