using System.Text.Json;
using CrampBot.Builder;
using CrampBot.Protocol;

namespace CrampBot.Dialogs;

/// <summary>
/// A dialog made of dialogs: it owns an inner <see cref="DialogSet"/> and keeps an inner stack inside its own
/// instance state (under <see cref="InnerStateKey"/>), so a whole flow can be started, versioned and reused as one id.
/// <see cref="OnInterruptAsync"/> sees every incoming message before the active inner dialog does, mid-prompt included.
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>Persisted key: the inner stack, shaped like <see cref="DialogState"/>.</summary>
    public const string InnerStateKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog begun with the component; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default) =>
        RunInnerAsync(outerDc, innerDc => OnBeginDialogAsync(innerDc, options, cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default) =>
        RunInnerAsync(outerDc, async innerDc =>
        {
            if (innerDc.Context.Activity.IsType(ActivityTypes.Message)
                && await OnInterruptAsync(innerDc, cancellationToken) is { } interrupted)
            {
                return interrupted;
            }
            return await OnContinueDialogAsync(innerDc, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Something this component started on the outer stack ended: the inner dialog asks its question again,
    /// as the SDK does, since its last prompt may be far up the transcript.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        InInnerContextAsync(turnContext, instance, innerDc => innerDc.RepromptDialogAsync(cancellationToken));

    /// <summary>Cancelling the component cancels its inner dialogs so each can clean up.</summary>
    public override Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        reason == DialogReason.CancelCalled
            ? InInnerContextAsync(turnContext, instance, innerDc => innerDc.CancelAllDialogsAsync(cancellationToken))
            : Task.CompletedTask;

    internal override bool HasKnownDialogs(DialogInstance instance, Func<string, Dialog?> findOuter)
    {
        try
        {
            return DialogStateVersion.HasKnownDialogs(ReadInnerState(instance), id => Dialogs.Find(id) ?? findOuter(id));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A change to any inner dialog changes the component's version.</summary>
    public override string GetVersion() => $"{base.GetVersion()}{{{Dialogs.Version}}}";

    /// <summary>
    /// Runs on every incoming message before the active inner dialog continues (mid-prompt included); non-message
    /// activities skip it. Return null to let the inner dialog continue. Return a result to stop it from seeing the
    /// message: e.g. answer a question, call <c>innerDc.RepromptDialogAsync()</c> and return <see cref="Dialog.EndOfTurn"/>;
    /// or replace the flow with <c>innerDc.CancelAllDialogsAsync()</c> then <c>innerDc.BeginDialogAsync(..)</c>.
    /// A result whose status is not <see cref="DialogTurnStatus.Waiting"/> ends the component with its result.
    /// </summary>
    protected virtual Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>Begins the inner flow; by default <see cref="InitialDialogId"/> with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs."), options, cancellationToken);

    /// <summary>Continues the inner flow; by default the active inner dialog.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Ends the component when its inner stack finished; by default returns the inner result to the outer stack.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext outerDc, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        DialogTurnResult? turnResult = null;
        await InInnerContextAsync(outerDc.Context, outerDc.ActiveDialog!, async innerDc => turnResult = await run(innerDc), outerDc);
        return turnResult!.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="run"/> on the inner stack kept in <paramref name="instance"/>. The inner context's parent is
    /// the outer context (given, or the one that last called this component with the instance), so the inner dialogs
    /// can find dialogs the enclosing components define.
    /// </summary>
    private async Task InInnerContextAsync(TurnContext turnContext, DialogInstance instance, Func<DialogContext, Task> run, DialogContext? outerDc = null)
    {
        outerDc ??= instance.Holder is { } holder && holder.Context == turnContext ? holder : null;
        var innerState = ReadInnerState(instance);
        try
        {
            await run(new DialogContext(Dialogs, turnContext, innerState, outerDc));
        }
        finally
        {
            // The inner stack is a copy read from the instance's JSON; it goes back even when a step throws.
            WriteInnerState(instance, innerState);
        }
    }

    private static DialogState ReadInnerState(DialogInstance instance) =>
        DialogJson.FromNode<DialogState>(instance.State[InnerStateKey]) ?? new DialogState();

    private static void WriteInnerState(DialogInstance instance, DialogState innerState) =>
        instance.State[InnerStateKey] = DialogJson.ToNode(innerState);
}
