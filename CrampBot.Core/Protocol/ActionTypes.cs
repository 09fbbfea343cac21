namespace CrampBot.Protocol;

/// <summary>Card action types of the Bot Framework schema.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}
