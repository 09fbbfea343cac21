namespace CrampBot.Cards;

/// <summary>The card's <c>msteams</c> property: Teams-only rendering hints.</summary>
public sealed class TeamsCardSettings
{
    /// <summary>"Full" stretches the card to the chat's width in Teams.</summary>
    public string? Width { get; set; }

    public static TeamsCardSettings FullWidth => new() { Width = "Full" };
}
