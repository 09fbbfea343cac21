namespace CrampBot.Dialogs;

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started with <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>The dialog is continued with the user's next activity.</summary>
    ContinueCalled,

    /// <summary>The dialog ended (or a child ended) with <see cref="DialogContext.EndDialogAsync"/>.</summary>
    EndCalled,

    /// <summary>The dialog is being replaced with <see cref="DialogContext.ReplaceDialogAsync"/>.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled with <see cref="DialogContext.CancelAllDialogsAsync"/>.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
