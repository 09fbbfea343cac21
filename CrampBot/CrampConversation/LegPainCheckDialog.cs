using CrampBot.Content;
using CrampBot.Dialogs;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>
/// The leg pain check: the DVT escalation of the leaflet ("If you get swelling as well as pain in your calf or
/// thigh, you might need an ultrasound scan to see if there's a blood clot in your leg"), widened to the NHS signs of a
/// DVT. Reassurance only when every sign has been asked about and denied.
/// <code>
/// leg pain ──► Is your leg swollen? (skipped when already said)
///                 ├─ yes, not sure, or any sign of a clot in the answer ──► same day: contact your doctor today
///                 └─ no ──► Do you have any of these? (warm, red or darker skin; one leg bigger; hard or sore veins; throbbing)
///                              ├─ yes, not sure, no answer, or any sign ──► same day
///                              └─ no ──► self-care, with when to come back
/// any emergency sign, at any step ─► emergency (MainDialog's red-flag check, before this dialog hears the message)
/// </code>
/// "Not sure" about swelling goes straight to same-day care: no answer to the second question could make
/// reassurance right, so asking it would only delay the advice.
/// </summary>
public sealed class LegPainCheckDialog : ComponentDialog
{
    public const string DialogId = "legPainCheck";
    private const string StepsId = "legPainCheckSteps";
    private const string SwellingPromptId = "isLegSwollen";
    private const string OtherSignsPromptId = "anyOtherSigns";

    private readonly CrampReplies _replies;
    private readonly TriageTelemetry _telemetry;

    public LegPainCheckDialog(CrampReplies replies, CrampRecognizer recognizer, TriageTelemetry telemetry) : base(DialogId)
    {
        _replies = replies;
        _telemetry = telemetry;
        AddDialog(new WaterfallDialog(StepsId, [AskAboutSwellingAsync, AskAboutOtherSignsAsync, GiveOutcomeAsync]));
        AddDialog(new LegSignAnswerPrompt(SwellingPromptId, recognizer));
        AddDialog(new LegSignAnswerPrompt(OtherSignsPromptId, recognizer));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> AskAboutSwellingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(_replies.LegPainCheckIntro(), cancellationToken);
        if (step.GetOptions<LegPainCheckOptions>()?.Swelling is { } said and not YesNoAnswer.None)
        {
            return await step.NextAsync(said, cancellationToken);
        }
        return await step.PromptAsync(SwellingPromptId, _replies.SwellingQuestion(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAboutOtherSignsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var swelling = AnswerOf(step);
        if (swelling != YesNoAnswer.No)
        {
            return await GiveSameDayAdviceAsync(step, notSureAboutSwelling: swelling == YesNoAnswer.NotSure, cancellationToken);
        }
        return await step.PromptAsync(OtherSignsPromptId, _replies.OtherSignsQuestion(), cancellationToken);
    }

    private async Task<DialogTurnResult> GiveOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (AnswerOf(step) != YesNoAnswer.No)
        {
            return await GiveSameDayAdviceAsync(step, notSureAboutSwelling: false, cancellationToken);
        }
        await step.Context.SendActivityAsync(_replies.Outcome(TriageLevel.SelfCare), cancellationToken);
        _telemetry.OutcomeGiven(TriageLevel.SelfCare);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> GiveSameDayAdviceAsync(WaterfallStepContext step, bool notSureAboutSwelling, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(_replies.Outcome(TriageLevel.UrgentSameDay, notSureAboutSwelling), cancellationToken);
        _telemetry.OutcomeGiven(TriageLevel.UrgentSameDay);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // No usable answer after the retries reads as "not sure": the safe side.
    private static YesNoAnswer AnswerOf(WaterfallStepContext step) =>
        step.Result is YesNoAnswer answer and not YesNoAnswer.None ? answer : YesNoAnswer.NotSure;
}
