namespace CrampBot.Builder;

/// <summary>
/// Something besides bot state that keeps what was said in a conversation (a channel's transcript). When a patient
/// asks to be forgotten, every eraser is called along with the deletion of the bot's state.
/// </summary>
public interface IConversationEraser
{
    /// <summary>Erases what this store keeps of the turn's conversation; does nothing for conversations it does not hold.</summary>
    Task EraseAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
