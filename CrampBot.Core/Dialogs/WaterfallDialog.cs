using System.Text.Json.Nodes;
using CrampBot.Protocol;

namespace CrampBot.Dialogs;

/// <summary>
/// A dialog that runs its steps in order: each step usually asks something (a prompt) and the next step receives the
/// answer in <see cref="WaterfallStepContext.Result"/>. After the last step the dialog ends with that step's result.
/// </summary>
public class WaterfallDialog : Dialog
{
    /// <summary>Persisted key: index of the step that ran last.</summary>
    public const string StepIndexKey = "stepIndex";

    /// <summary>Persisted key: the step-shared <see cref="WaterfallStepContext.Values"/>.</summary>
    public const string ValuesKey = "values";

    /// <summary>Persisted key: the options the dialog was begun with.</summary>
    public const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        if (DialogJson.ToNode(options) is { } optionsNode)
        {
            state[OptionsKey] = optionsNode;
        }
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A waterfall waiting without a prompt takes the next message's text as the result of its step.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.IsType(ActivityTypes.Message)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.InputText, cancellationToken)
            : Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = DialogJson.GetInt32(dc.ActiveDialog!.State, StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>A change in the number of steps makes a stored step index meaningless.</summary>
    public override string GetVersion() => $"{base.GetVersion()}:{_steps.Count}";

    /// <summary>Runs one step; override to observe or wrap steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        _steps[stepContext.Index](stepContext, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }
        dc.ActiveDialog!.State[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(this, dc, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }
}
