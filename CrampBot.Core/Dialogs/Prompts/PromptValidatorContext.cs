using CrampBot.Builder;

namespace CrampBot.Dialogs.Prompts;

/// <summary>What a prompt validator sees: the recognised value, the attempt number and the prompt's options.</summary>
public sealed class PromptValidatorContext<T>(TurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    /// <summary>The current turn (a validator may send its own message; the retry prompt is then not sent).</summary>
    public TurnContext Context { get; } = context;

    /// <summary>What the prompt understood.</summary>
    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    /// <summary>The prompt's options (see <see cref="PromptOptions.Validations"/>).</summary>
    public PromptOptions Options { get; } = options;

    /// <summary>Which answer this is, from 1; only message activities count.</summary>
    public int AttemptCount { get; } = attemptCount;
}
