namespace CrampBot.Cards;

/// <summary>Space between an element and the one before it.</summary>
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
