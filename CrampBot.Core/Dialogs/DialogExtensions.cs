using System.Text.Json;
using CrampBot.Builder;
using Microsoft.Extensions.Logging;

namespace CrampBot.Dialogs;

/// <summary>Runs a root dialog for a turn, the way an <see cref="IBot"/> uses the dialog engine.</summary>
public static partial class DialogExtensions
{
    /// <summary>The conversation-state property holding the dialog stack.</summary>
    public const string DialogStateProperty = "dialogState";

    /// <summary>The accessor for the dialog stack in conversation state.</summary>
    public static IStatePropertyAccessor<DialogState> CreateDialogStateAccessor(this ConversationState conversationState) =>
        conversationState.CreateProperty<DialogState>(DialogStateProperty);

    /// <summary>
    /// Continues the active dialog with the turn's activity, or begins <paramref name="dialog"/> when the stack is empty.
    /// A stored stack written by other dialogs (<see cref="DialogStateVersion.Check"/>) is dropped, the user is told
    /// <paramref name="restartMessage"/> (the app's words; nothing when null) and the root begins again; it never
    /// throws for stale state.
    /// The caller saves conversation state at the end of the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        TurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default,
        ILogger? logger = null,
        string? restartMessage = null)
    {
        var dialogs = new DialogSet(accessor).Add(dialog);
        var (state, check) = await ReadStateAsync(accessor, turnContext, dialogs, cancellationToken);
        var dc = new DialogContext(dialogs, turnContext, state);

        DialogTurnResult result;
        if (check is not (DialogStateCheck.Empty or DialogStateCheck.Compatible))
        {
            result = await RestartAsync(dc, dialog, check.ToString(), logger, restartMessage, cancellationToken);
        }
        else
        {
            result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
            }
        }
        DialogStateVersion.Stamp(state, dialogs);
        return result;
    }

    private static async Task<(DialogState State, DialogStateCheck Check)> ReadStateAsync(
        IStatePropertyAccessor<DialogState> accessor, TurnContext turnContext, DialogSet dialogs, CancellationToken cancellationToken)
    {
        try
        {
            var state = (await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken))!;
            return (state, DialogStateVersion.Check(state, dialogs));
        }
        catch (JsonException)
        {
            // Not a stack at all (hand-edited, or written by something else): replace it rather than fail every turn.
            var state = new DialogState();
            await accessor.SetAsync(turnContext, state, cancellationToken);
            return (state, DialogStateCheck.Unreadable);
        }
    }

    private static async Task<DialogTurnResult> RestartAsync(DialogContext dc, Dialog root, string reason, ILogger? logger, string? restartMessage, CancellationToken cancellationToken)
    {
        if (logger is not null)
        {
            LogRestart(logger, root.Id, reason, LogIds.Hash(dc.Context.Activity.Conversation?.Id));
        }
        // The stale instances cannot be ended properly: their dialogs may not exist any more.
        dc.Stack.Clear();
        if (restartMessage is not null)
        {
            await dc.Context.SendActivityAsync(restartMessage, cancellationToken: cancellationToken);
        }
        return await dc.BeginDialogAsync(root.Id, null, cancellationToken);
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "Dialog stack of conversation {ConversationId} dropped ({Reason}); root dialog {RootId} restarted")]
    private static partial void LogRestart(ILogger logger, string rootId, string reason, string? conversationId);
}
