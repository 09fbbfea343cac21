namespace CrampBot.Cards;

public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
