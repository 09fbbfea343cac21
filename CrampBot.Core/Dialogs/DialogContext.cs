using CrampBot.Builder;
using CrampBot.Dialogs.Prompts;

namespace CrampBot.Dialogs;

/// <summary>
/// The dialog stack of one turn and the operations on it. The active dialog is <see cref="Stack"/>[0].
/// </summary>
public class DialogContext
{
    /// <param name="dialogs">The dialogs this context can start.</param>
    /// <param name="turnContext">The current turn.</param>
    /// <param name="state">The stack, usually loaded from conversation state.</param>
    /// <param name="parent">The context of the enclosing <see cref="ComponentDialog"/>, if any.</param>
    public DialogContext(DialogSet dialogs, TurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs;
        Context = turnContext;
        StackState = state;
        Parent = parent;
    }

    /// <summary>The dialogs this context can start.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn.</summary>
    public TurnContext Context { get; }

    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> Stack => StackState.DialogStack;

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the enclosing component dialog, or null at the root.</summary>
    public DialogContext? Parent { get; }

    internal DialogState StackState { get; }

    /// <summary>
    /// The dialog with this id: from <see cref="Dialogs"/>, else from the enclosing contexts' dialogs, nearest first
    /// (so a component's inner dialog can begin a prompt its parent defines); null when none has it.
    /// </summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new DialogNotFoundException(dialogId);
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await DialogOf(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Ends the active dialog with <paramref name="result"/>: the dialog below resumes with it, or, when the stack is
    /// now empty, the turn result is <see cref="DialogTurnStatus.Complete"/> carrying it.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (result is Task)
        {
            throw new ArgumentException("A dialog result must not be a Task; await it first.", nameof(result));
        }
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        }
        if (ActiveDialog is { } parentInstance)
        {
            return await DialogOf(parentInstance).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (e.g. to loop a waterfall).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        }
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on the stack, top first; <see cref="DialogTurnStatus.Cancelled"/>, or Empty if there was none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await DialogOf(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = Stack[0];
        // An unknown id (stale state) must still leave the stack, or cancelling could never succeed.
        if (FindDialog(instance.Id) is { } dialog)
        {
            instance.Holder = this;
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }
        Stack.Remove(instance);
    }

    /// <summary>
    /// The dialog of an instance on this stack, about to be called with it. The instance remembers this context, so a
    /// component called with only the turn (reprompt, end) can still give its inner context this one as parent.
    /// </summary>
    private Dialog DialogOf(DialogInstance instance)
    {
        var dialog = FindDialog(instance.Id) ?? throw new DialogNotFoundException(instance.Id);
        instance.Holder = this;
        return dialog;
    }
}
