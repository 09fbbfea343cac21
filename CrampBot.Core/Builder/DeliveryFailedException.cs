namespace CrampBot.Builder;

/// <summary>
/// The bot's replies could not be delivered to the channel. The turn itself was sound, so its conversation state is
/// kept (the patient can simply send again) and no apology is attempted down the same broken path.
/// </summary>
public class DeliveryFailedException : Exception
{
    public DeliveryFailedException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
