using System.Text.Json.Nodes;

namespace CrampBot.Dialogs;

/// <summary>
/// What a waterfall step sees: the dialog context (it is one, sharing the stack), the answer to the previous step,
/// the dialog's options and the values the steps share.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly JsonObject _state;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.StackState, dc.Parent)
    {
        _waterfall = waterfall;
        _state = dc.ActiveDialog!.State;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The index of the running step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs (begin, a child ended, next called, a message arrived).</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// What the previous step or the prompt it started returned, in memory: a string for <c>TextPrompt</c>, a bool for
    /// <c>ConfirmPrompt</c>, a <c>FoundChoice</c> for <c>ChoicePrompt</c>; null when a prompt gave up after its
    /// <c>MaxAttempts</c> (no answer).
    /// </summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with, as stored JSON.</summary>
    public JsonNode? Options => _state[WaterfallDialog.OptionsKey];

    /// <summary>
    /// Values shared by the steps of this waterfall run; persisted between turns as JSON. Read numbers with
    /// <see cref="GetValue{T}"/>, which works whether the value was just set or came back from storage.
    /// </summary>
    public JsonObject Values => _state[WaterfallDialog.ValuesKey] as JsonObject ?? CreateValues();

    /// <summary>Reads a value of <see cref="Values"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public T? GetValue<T>(string key) => DialogJson.FromNode<T>(Values[key]);

    /// <summary>Reads <see cref="Options"/> as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => DialogJson.FromNode<T>(Options);

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>. Callable once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }

    private JsonObject CreateValues()
    {
        var values = new JsonObject();
        _state[WaterfallDialog.ValuesKey] = values;
        return values;
    }
}
