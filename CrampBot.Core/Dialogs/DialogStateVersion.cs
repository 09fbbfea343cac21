using System.Text.Json.Nodes;

namespace CrampBot.Dialogs;

/// <summary>
/// Stamps a stored stack with the <see cref="DialogSet.Version"/> that wrote it and checks it on the next turn, so a
/// deploy that changed the dialogs restarts conversations instead of failing with "dialog not found" or resuming at a
/// step index that now means something else. The stamp lives in the root (last) instance's state under
/// <see cref="VersionKey"/>, which keeps the stored shape exactly <c>{"dialogStack":[{"id","state"}]}</c>.
/// </summary>
public static class DialogStateVersion
{
    /// <summary>Persisted key in the root instance's state.</summary>
    public const string VersionKey = "dialogSetVersion";

    /// <summary>Records <paramref name="dialogs"/>' version on the stack's root instance (no-op on an empty stack).</summary>
    public static void Stamp(DialogState state, DialogSet dialogs)
    {
        if (state.DialogStack.Count > 0)
        {
            state.DialogStack[^1].State[VersionKey] = dialogs.Version;
        }
    }

    /// <summary>The version the stack was stamped with, or null.</summary>
    public static string? GetStoredVersion(DialogState state) =>
        state.DialogStack.Count > 0 && state.DialogStack[^1].State[VersionKey] is JsonValue value && value.TryGetValue<string>(out var version)
            ? version
            : null;

    /// <summary>Decides whether <paramref name="dialogs"/> can continue the stored <paramref name="state"/>.</summary>
    public static DialogStateCheck Check(DialogState state, DialogSet dialogs)
    {
        if (state.DialogStack.Count == 0)
        {
            return DialogStateCheck.Empty;
        }
        if (!HasKnownDialogs(state, dialogs.Find))
        {
            return DialogStateCheck.UnknownDialog;
        }
        return GetStoredVersion(state) == dialogs.Version ? DialogStateCheck.Compatible : DialogStateCheck.VersionChanged;
    }

    /// <summary>
    /// True when every stored id, inner stacks of component dialogs included, names a dialog that
    /// <paramref name="find"/> finds; inner stacks also see the dialogs of the components around them.
    /// </summary>
    internal static bool HasKnownDialogs(DialogState state, Func<string, Dialog?> find) =>
        state.DialogStack.All(instance => find(instance.Id) is { } dialog && dialog.HasKnownDialogs(instance, find));
}
