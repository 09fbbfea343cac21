namespace CrampBot.Hosting;

/// <summary>
/// The sentence a patient reads in the chat when a request of theirs hits a limit, so a refusal is never silence.
/// The app implements it from its own content (the core and the channels hold no patient-facing text).
/// </summary>
public interface ILimitNotices
{
    /// <summary>The sentence for <paramref name="limit"/>, or null to say nothing.</summary>
    string? For(RequestLimit limit);
}
