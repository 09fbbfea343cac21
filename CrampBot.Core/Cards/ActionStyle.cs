namespace CrampBot.Cards;

public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
