namespace CrampBot.Cards;

public enum TextBlockStyle
{
    Default,
    Heading,
}
