namespace CrampBot.Dialogs;

/// <summary>Where the dialog stack stands after a dialog operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds what it returned.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
