namespace CrampBot.Cards;

public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
