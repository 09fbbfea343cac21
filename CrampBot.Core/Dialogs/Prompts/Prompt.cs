using System.Text.Json.Nodes;
using CrampBot.Builder;
using CrampBot.Dialogs.Choices;
using CrampBot.Protocol;

namespace CrampBot.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the typed answer. Each message is recognised (from
/// <see cref="Activity.InputText"/>, so a card tap without text counts as typing) and validated; a failed attempt
/// sends the retry prompt, unless the validator already replied. After <see cref="PromptOptions.MaxAttempts"/> failed
/// attempts the prompt ends with a null result, which the next waterfall step reads as "no answer".
/// Other activity types (typing, events) are ignored and are not attempts.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    /// <summary>Persisted key: the <see cref="PromptOptions"/>.</summary>
    public const string OptionsKey = "options";

    /// <summary>Persisted key: how many messages were answered so far.</summary>
    public const string AttemptCountKey = "attemptCount";

    private readonly Func<PromptValidatorContext<T>, CancellationToken, Task<bool>>? _validator;

    protected Prompt(string dialogId, Func<PromptValidatorContext<T>, CancellationToken, Task<bool>>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions (use DialogContext.PromptAsync).", nameof(options));
        }
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = DialogJson.ToNode(promptOptions);
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, ReadOptions(state), isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }
        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attemptCount = DialogJson.GetInt32(state, AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attemptCount), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }
        if (options.MaxAttempts is { } maxAttempts && attemptCount >= maxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, isRetry: true, cancellationToken);
        }
        return EndOfTurn;
    }

    /// <summary>A dialog this prompt started ended: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, instance.State, ReadOptions(instance.State), isRetry: false, cancellationToken);

    /// <summary>Sends the question, or on a retry the retry prompt (the question when there is none).</summary>
    protected virtual async Task OnPromptAsync(TurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        if (SelectPrompt(options, isRetry) is { } prompt)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    /// <summary>Understands the turn's message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(TurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The activity to send: a fresh copy each time, since sending fills in addressing.</summary>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is not null)
        {
            prompt.InputHint ??= InputHints.ExpectingInput;
        }
        return prompt;
    }

    /// <summary>Sends the question with <paramref name="choices"/> rendered for the turn's channel; returns the style used.</summary>
    protected static async Task<ListStyle> SendWithChoicesAsync(TurnContext turnContext, PromptOptions options, bool isRetry, IReadOnlyList<Choice> choices, ListStyle style, CancellationToken cancellationToken)
    {
        var prompt = SelectPrompt(options, isRetry) ?? new Activity { Type = ActivityTypes.Message, InputHint = InputHints.ExpectingInput };
        var capabilities = ChannelCapabilities.For(turnContext.Activity);
        var shown = ChoiceFactory.ResolveStyle(style, capabilities, choices, prompt.Attachments is { Count: > 0 });
        await turnContext.SendActivityAsync(ChoiceFactory.AppendChoices(prompt, choices, shown, capabilities), cancellationToken);
        return shown;
    }

    /// <summary>The options as stored: read back from JSON every time so that nothing depends on memory of an earlier turn.</summary>
    private static PromptOptions ReadOptions(JsonObject state) =>
        DialogJson.FromNode<PromptOptions>(state[OptionsKey]) ?? new PromptOptions();
}
