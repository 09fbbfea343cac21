namespace CrampBot.Dialogs;

/// <summary>Whether a stored dialog stack can be continued by the current dialogs.</summary>
public enum DialogStateCheck
{
    /// <summary>Nothing stored: the root dialog begins.</summary>
    Empty,

    /// <summary>Written by the same dialogs: continue.</summary>
    Compatible,

    /// <summary>Written under another <see cref="DialogSet.Version"/> (a deploy changed the dialogs), or unstamped.</summary>
    VersionChanged,

    /// <summary>A stored id is not a dialog any more.</summary>
    UnknownDialog,

    /// <summary>The stored JSON is not a dialog stack at all.</summary>
    Unreadable,
}
