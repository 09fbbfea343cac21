using CrampBot.Builder;
using CrampBot.Dialogs;
using CrampBot.Protocol;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>
/// CrampBot's <see cref="IBot"/>: welcomes a patient once per conversation (when they join, or at their first
/// message), runs <see cref="MainDialog"/> on every message, and saves state at the end of the turn.
/// </summary>
public sealed class CrampConversationBot(
    MainDialog mainDialog,
    CrampReplies replies,
    CrampRecognizer recognizer,
    ConversationState conversationState,
    PatientData patientData,
    JustShown justShown,
    TriageTelemetry telemetry,
    ILogger<CrampConversationBot> logger) : IBot
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateDialogStateAccessor();
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("welcomed");

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        justShown.Watch(turnContext);
        if (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            await OnMessageAsync(turnContext, cancellationToken);
            if (turnContext.Recognize(recognizer).RedFlag is var redFlag and not RedFlag.None)
            {
                telemetry.RedFlagRaised(redFlag);
            }
        }
        // After "forget me" even the bot's own sentences stay unsaved: the state would otherwise be written again.
        if (!PatientData.WasForgotten(turnContext))
        {
            await justShown.RememberAsync(turnContext, cancellationToken);
        }
        await patientData.SaveAsync(turnContext, cancellationToken);
    }

    private async Task OnMessageAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            var recognition = turnContext.Recognize(recognizer);
            if (recognition.Intent is Intent.Greeting or Intent.None && recognition.RedFlag == RedFlag.None)
            {
                await WelcomeOnceAsync(turnContext, cancellationToken);
                return;
            }
            // Emergency advice must not wait behind a welcome.
            if (recognition.RedFlag != RedFlag.Emergency)
            {
                await turnContext.SendActivityAsync(replies.ShortWelcome(), cancellationToken);
            }
            await _welcomed.SetAsync(turnContext, true, cancellationToken);
        }
        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken, logger, replies.RestartAfterUpdate);
    }

    private async Task WelcomeOnceAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            return;
        }
        await turnContext.SendActivityAsync(replies.Welcome(turnContext.Activity), cancellationToken);
        await _welcomed.SetAsync(turnContext, true, cancellationToken);
    }
}
