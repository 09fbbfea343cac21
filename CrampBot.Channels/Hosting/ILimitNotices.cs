namespace CrampBot.Hosting;

/// <summary>
/// The sentence a patient reads in the chat when a request of theirs hits a limit, so a refusal is never silence.
/// The app implements it from its own content (the core and the channels hold no patient-facing text).
/// </summary>
public interface ILimitNotices
{
    /// <summary>The sentence for <paramref name="limit"/>, or null to say nothing.</summary>
    /// <param name="limit">The limit the request hit.</param>
    /// <param name="refusedText">The text of the refused message, when it had one: the app may read it for what must
    /// never wait (a patient describing an emergency), but never logs or keeps it.</param>
    string? For(RequestLimit limit, string? refusedText);
}
