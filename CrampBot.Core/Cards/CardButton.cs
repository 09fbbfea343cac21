namespace CrampBot.Cards;

/// <summary>A button on a card: its label, and what the bot receives when it is tapped (as if typed).</summary>
public sealed record CardButton(string Title, string Text);
