namespace CrampBot.Dialogs.Prompts;

/// <summary>What a prompt understood from the user's input.</summary>
public sealed class PromptRecognizerResult<T>
{
    /// <summary>True when the input was understood; <see cref="Value"/> is then set.</summary>
    public bool Succeeded { get; set; }

    /// <summary>The understood value.</summary>
    public T? Value { get; set; }
}
