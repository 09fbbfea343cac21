namespace CrampBot.Dialogs;

/// <summary>The outcome of a dialog operation: the stack's status and, when a dialog completed, its result.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    /// <summary>Where the stack stands.</summary>
    public DialogTurnStatus Status { get; } = status;

    /// <summary>What the ending dialog returned (in memory, never persisted).</summary>
    public object? Result { get; } = result;
}
