using CrampBot.Builder;
using CrampBot.Understanding;

namespace CrampBot.CrampConversation;

/// <summary>Recognises the turn's message once; the bot and every dialog read the same result.</summary>
public static class TurnRecognition
{
    private const string Key = "CrampBot.Recognition";

    public static Recognition Recognize(this TurnContext turnContext, CrampRecognizer recognizer)
    {
        if (turnContext.TurnState.TryGetValue(Key, out var cached) && cached is Recognition recognition)
        {
            return recognition;
        }
        recognition = recognizer.Recognize(turnContext.Activity.InputText);
        turnContext.TurnState[Key] = recognition;
        return recognition;
    }
}
