using CrampBot.Builder;

namespace CrampBot.CrampConversation;

/// <summary>
/// What CrampBot stores about a patient, and "forget me": the user's and the conversation's state are deleted, and
/// every channel transcript of the conversation is erased (<see cref="IConversationEraser"/>).
/// </summary>
public sealed class PatientData(ConversationState conversationState, UserState userState, IEnumerable<IConversationEraser> erasers)
{
    private const string ForgottenKey = "CrampBot.Forgotten";

    /// <summary>Deletes the stored state now; nothing of this turn is saved afterwards.</summary>
    public async Task ForgetAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await userState.DeleteAsync(turnContext, cancellationToken);
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(turnContext, cancellationToken);
        }
        turnContext.TurnState[ForgottenKey] = true;
    }

    /// <summary>True once the patient asked to be forgotten in this turn: nothing of it may be stored afterwards.</summary>
    public static bool WasForgotten(TurnContext turnContext) => turnContext.TurnState.ContainsKey(ForgottenKey);

    /// <summary>Saves the turn's changes, unless the patient asked to be forgotten in this turn.</summary>
    public async Task SaveAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (WasForgotten(turnContext))
        {
            return;
        }
        await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        await userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }
}
