namespace CrampBot.Dialogs;

/// <summary>
/// The persisted dialog stack, stored as <c>{"dialogStack":[{"id":"..","state":{..}}]}</c>.
/// The active dialog is first (index 0), the root dialog last, as in the Bot Framework SDK.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];
}
