namespace CrampBot.Protocol;

/// <summary>Attachment content types.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
}
