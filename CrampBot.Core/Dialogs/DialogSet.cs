using System.Security.Cryptography;
using System.Text;
using CrampBot.Builder;

namespace CrampBot.Dialogs;

/// <summary>The dialogs a <see cref="DialogContext"/> can start, by id, and a version that fingerprints them.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private string? _version;

    /// <param name="dialogState">Where <see cref="CreateContextAsync"/> reads the stack; optional for inner sets.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _dialogState = dialogState;
    }

    /// <summary>
    /// A fingerprint of every dialog's <see cref="Dialog.GetVersion"/>; a stored stack written under another version
    /// may point at dialogs or steps that no longer exist.
    /// </summary>
    public string Version => _version ??= ComputeVersion();

    /// <summary>Adds a dialog. Ids are unique: adding a second dialog with the same id is a programming error.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with the id '{dialog.Id}' was already added.", nameof(dialog));
        }
        _version = null;
        return this;
    }

    /// <summary>The dialog with this id, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Reads the turn's stack through the accessor given to the constructor and wraps it in a context.</summary>
    public async Task<DialogContext> CreateContextAsync(TurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a dialog state accessor.");
        }
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state!);
    }

    private string ComputeVersion()
    {
        // Ordered by id so that the order of Add calls does not count as a change.
        var shape = string.Join('\n', _dialogs.Values.Select(d => d.GetVersion()).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shape)));
    }
}
