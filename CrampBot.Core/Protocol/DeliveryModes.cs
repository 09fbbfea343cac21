namespace CrampBot.Protocol;

/// <summary>How replies travel back: posted to the connector (normal) or returned in the HTTP body (expectReplies).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
