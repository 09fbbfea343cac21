using CrampBot.Builder;

namespace CrampBot.Dialogs;

/// <summary>
/// A unit of conversation that can span several turns. Its state lives in its <see cref="DialogInstance"/> on the
/// stack, never in fields, because one dialog object serves every conversation.
/// </summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that waits for the user's next activity.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>The dialog's id, unique within its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with the user's next activity while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a dialog this one started ends. By default this dialog ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again (e.g. after an interruption answered a question). By default does nothing.</summary>
    public virtual Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called just before the dialog leaves the stack. By default does nothing.</summary>
    public virtual Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>
    /// Identifies the shape of this dialog: when it changes between deploys, stored stacks are no longer trusted
    /// (see <see cref="DialogStateVersion"/>). Override to add what makes stored state incompatible.
    /// </summary>
    public virtual string GetVersion() => $"{GetType().Name}:{Id}";

    /// <summary>
    /// True when the dialogs that <paramref name="instance"/>'s state refers to exist (see <see cref="ComponentDialog"/>);
    /// <paramref name="findOuter"/> finds the dialogs visible where this instance lives, as <see cref="DialogContext.FindDialog"/> would.
    /// </summary>
    internal virtual bool HasKnownDialogs(DialogInstance instance, Func<string, Dialog?> findOuter) => true;
}
