namespace CrampBot.Dialogs;

/// <summary>A dialog id (from code or from a stored stack) is not in the <see cref="DialogSet"/>.</summary>
public sealed class DialogNotFoundException(string dialogId)
    : Exception($"The dialog '{dialogId}' is not in the dialog set.")
{
    /// <summary>The id that was not found.</summary>
    public string DialogId { get; } = dialogId;
}
