using CrampBot.Builder;
using CrampBot.Content;
using CrampBot.Dialogs;
using CrampBot.Dialogs.Choices;
using CrampBot.Dialogs.Prompts;
using CrampBot.Protocol;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>
/// The root of the cramp conversation. Every message is checked for red flags before anything else happens, mid-prompt
/// included: an emergency sign gets the emergency advice at once, a sign of a clot gets same-day advice, and leg pain
/// starts the leg pain check.
/// Then the message is answered: a topic from the leaflet, a navigation request, or "Did you mean …?" when unsure.
/// A question asked while a prompt waits is answered and the prompt is asked again.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string ClarifyId = "didYouMean";
    private const string WhichTopicPromptId = "whichTopic";

    private readonly ContentCatalog _content;
    private readonly CrampRecognizer _recognizer;
    private readonly CrampReplies _replies;
    private readonly PatientData _patientData;
    private readonly JustShown _justShown;
    private readonly TriageTelemetry _telemetry;

    public MainDialog(ContentCatalog content, CrampRecognizer recognizer, CrampReplies replies, PatientData patientData, JustShown justShown, TriageTelemetry telemetry) : base(DialogId)
    {
        _justShown = justShown;
        _telemetry = telemetry;
        _content = content;
        _recognizer = recognizer;
        _replies = replies;
        _patientData = patientData;
        AddDialog(new LegPainCheckDialog(replies, recognizer, telemetry));
        AddDialog(new WaterfallDialog(ClarifyId, [AskWhichTopicAsync, AnswerChosenTopicAsync]));
        AddDialog(new ChoicePrompt(WhichTopicPromptId));
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        await RespondAsync(innerDc, midDialog: false, cancellationToken) ?? Done;

    protected override Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        RespondAsync(innerDc, midDialog: true, cancellationToken);

    /// <summary>Answers the message; null lets the waiting prompt read it as its answer.</summary>
    private async Task<DialogTurnResult?> RespondAsync(DialogContext dc, bool midDialog, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var recognition = turn.Recognize(_recognizer);
        var inLegPainCheck = dc.ActiveDialog?.Id == LegPainCheckDialog.DialogId;

        // 1. Red flags first, whatever is going on.
        if (recognition.RedFlag == RedFlag.Emergency)
        {
            await turn.SendActivityAsync(_replies.Outcome(TriageLevel.Emergency), cancellationToken);
            _telemetry.OutcomeGiven(TriageLevel.Emergency);
            return await EndAllAsync(dc, cancellationToken);
        }
        // A topic button (menu, follow-ups, "Did you mean") sends the topic's exact title: answer that topic.
        if (TopicTitled(turn.Activity.InputText) is { } tapped)
        {
            return await AnswerAndGoOnAsync(dc, tapped, Recognition.Empty, inLegPainCheck, cancellationToken);
        }
        // An answer to the leg pain check's question: the check reads it (any sign of a clot in it counts).
        if (inLegPainCheck && (LegSignAnswerPrompt.Read(recognition) != YesNoAnswer.None || recognition.Signals.Swelling != YesNoAnswer.None))
        {
            return null;
        }
        if (recognition.RedFlag == RedFlag.DvtSign)
        {
            var notSureAboutSwelling = recognition.Signals is { Swelling: YesNoAnswer.NotSure, DvtSigns: DvtSigns.None };
            await turn.SendActivityAsync(_replies.Outcome(TriageLevel.UrgentSameDay, notSureAboutSwelling), cancellationToken);
            _telemetry.OutcomeGiven(TriageLevel.UrgentSameDay);
            return await EndAllAsync(dc, cancellationToken);
        }
        if (recognition.RedFlag == RedFlag.LegPain && recognition.Intent == Intent.ReportSymptoms)
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            return await dc.BeginDialogAsync(LegPainCheckDialog.DialogId, new LegPainCheckOptions(recognition.Signals.Swelling), cancellationToken);
        }

        // 2. What the patient asks for.
        var messages = _content.Messages;
        switch (recognition.Intent)
        {
            case Intent.Cancel:
                await turn.SendActivityAsync(_replies.Menu(turn.Activity, $"{messages.StartOver}\n\n{messages.MenuPrompt}"), cancellationToken);
                return await EndAllAsync(dc, cancellationToken);
            case Intent.ForgetMe:
                await _patientData.ForgetAsync(turn, cancellationToken);
                await turn.SendActivityAsync(_replies.Text(messages.ForgetMe), cancellationToken);
                return await EndAllAsync(dc, cancellationToken);
            case Intent.Help:
                return await SayAndResumeAsync(dc, _replies.Menu(turn.Activity, messages.Help), midDialog, cancellationToken);
            case Intent.Terms:
                return await SayAndResumeAsync(dc, _replies.Text(messages.Terms), midDialog, cancellationToken);
            case Intent.Thanks:
                return await SayAndResumeAsync(dc, _replies.Text(messages.Thanks), midDialog, cancellationToken);
            case Intent.Greeting:
                return await SayAndResumeAsync(dc, _replies.Welcome(turn.Activity), midDialog, cancellationToken);
            case Intent.StopMedicine:
                return await SayAndResumeAsync(dc, _replies.Text(messages.StopMedicine), midDialog, cancellationToken);
            case Intent.UnknownMedicine when recognition.UnknownMedicineName is { } medicine:
                return await SayAndResumeAsync(dc, _replies.Text(_content.UnknownMedicineReply(medicine)), midDialog, cancellationToken);
            case Intent.Topic when !recognition.NeedsClarification && recognition.TopicId is { } topicId:
                return await AnswerAndGoOnAsync(dc, _content.GetTopic(topicId), recognition, inLegPainCheck, cancellationToken);
        }

        // 3. Not understood as a new request: while a prompt waits, it is probably the prompt's answer.
        if (midDialog)
        {
            return null;
        }
        if (recognition.Intent == Intent.Topic)
        {
            _telemetry.NotUnderstood("did_you_mean");
            return await dc.BeginDialogAsync(ClarifyId, recognition.Candidates.Select(c => c.TopicId).OfType<string>().ToList(), cancellationToken);
        }
        if (recognition.Intent != Intent.OutOfScope)
        {
            _telemetry.NotUnderstood("talk_to_doctor");
        }
        var reply = recognition.Intent == Intent.OutOfScope
            ? _replies.OutOfScope(turn.Activity)
            : _replies.TalkToDoctor(turn.Activity);
        await turn.SendActivityAsync(reply, cancellationToken);
        return Done;
    }

    private Topic? TopicTitled(string text) =>
        _content.Topics.FirstOrDefault(t => string.Equals(t.Title, text.Trim(), StringComparison.OrdinalIgnoreCase));

    private async Task<DialogTurnResult> AskWhichTopicAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(WhichTopicPromptId, _replies.DidYouMean(step.GetOptions<List<string>>() ?? []), cancellationToken);

    private async Task<DialogTurnResult> AnswerChosenTopicAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topic = step.Result is FoundChoice chosen ? TopicTitled(chosen.Value) : null;
        if (topic is null)
        {
            // "None of these", or no answer: what the leaflet does not cover goes to the doctor.
            await step.Context.SendActivityAsync(_replies.TalkToDoctor(step.Context.Activity), cancellationToken);
        }
        else
        {
            await AnswerTopicAsync(step.Context, topic, Recognition.Empty, cancellationToken);
        }
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A question mid-check is answered and the check goes on; any other waiting prompt is left behind.</summary>
    private async Task<DialogTurnResult> AnswerAndGoOnAsync(DialogContext dc, Topic topic, Recognition recognition, bool inLegPainCheck, CancellationToken cancellationToken)
    {
        await AnswerTopicAsync(dc.Context, topic, recognition, cancellationToken);
        if (recognition.SecondTopicId is { } second && second != topic.Id)
        {
            // Two questions in one message: both answered, in the order they were asked.
            await AnswerTopicAsync(dc.Context, _content.GetTopic(second), recognition with { Medicines = [] }, cancellationToken);
        }

        return inLegPainCheck ? await ResumeAsync(dc, cancellationToken) : await EndAllAsync(dc, cancellationToken);
    }

    private async Task AnswerTopicAsync(TurnContext turn, Topic topic, Recognition recognition, CancellationToken cancellationToken)
    {
        // A general question that names a sign of a clot ("does a DVT make your calf swell?") gets the safety net.
        var justSeen = await _justShown.SeenAsync(turn, cancellationToken);
        await turn.SendActivityAsync(_replies.TopicAnswer(turn.Activity, topic, withSafetyNet: recognition.Signals.HasDvtSign, justSeen), cancellationToken);
        if (recognition.Medicines.FirstOrDefault(m => m.ViaSynonym) is { } synonym)
        {
            await turn.SendActivityAsync(_replies.Text(_content.MedicineSynonymNote(synonym.Said, _content.GetMedicine(synonym.MedicineId))), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> SayAndResumeAsync(DialogContext dc, Activity reply, bool midDialog, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(reply, cancellationToken);
        return midDialog ? await ResumeAsync(dc, cancellationToken) : Done;
    }

    private static async Task<DialogTurnResult> ResumeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> EndAllAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        return Done;
    }

    private static DialogTurnResult Done { get; } = new(DialogTurnStatus.Complete);
}
