using System.Text.Json.Nodes;

namespace CrampBot.Dialogs;

/// <summary>One entry of the persisted dialog stack: which dialog it is, and that dialog's own state.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's state; plain JSON so it survives storage without type names.</summary>
    public JsonObject State { get; set; } = [];
}
