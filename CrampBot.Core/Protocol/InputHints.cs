namespace CrampBot.Protocol;

/// <summary>Whether the bot is waiting for an answer after a message (speech channels open the mic on expectingInput).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
