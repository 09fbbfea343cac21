using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Dialogs;

/// <summary>One entry of the persisted dialog stack: which dialog it is, and that dialog's own state.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's state; plain JSON so it survives storage without type names.</summary>
    public JsonObject State { get; set; } = [];

    /// <summary>
    /// The context whose stack held this instance when a dialog was last called with it (this turn only; never stored).
    /// <see cref="ComponentDialog"/> uses it as the parent of its inner context when it is called with only the turn.
    /// </summary>
    [JsonIgnore]
    internal DialogContext? Holder { get; set; }
}
