using CrampBot.Protocol;

namespace CrampBot.Dialogs.Prompts;

/// <summary>Builds the message activities used as prompts; addressing is filled in when they are sent.</summary>
public static class MessageFactory
{
    /// <summary>A plain message expecting an answer.</summary>
    public static Activity Text(string text, string? speak = null, string inputHint = InputHints.ExpectingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };
}
