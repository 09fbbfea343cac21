namespace CrampBot.Backplane;

/// <summary>
/// Carries small notices between the instances of the app that share one store, so that something that happened on
/// one instance (a reply logged for a conversation) reaches what waits for it on another (a client's open stream).
/// Delivery is best effort: a notice published while the link is down is lost, which is why subscribers are told
/// when they may have missed some (and re-read what they need from the shared store). A single instance uses
/// <see cref="SingleInstanceBackplane"/>, which has nobody to tell.
/// </summary>
public interface IBackplane
{
    /// <summary>Sends <paramref name="message"/> on <paramref name="topic"/> to the other instances.</summary>
    Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Receives the other instances' messages on <paramref name="topic"/> until the result is disposed.
    /// <paramref name="onMissed"/> is called once the subscription is live, and again whenever this instance's link or
    /// another instance's link was lost and is back: messages of that gap may be missing.
    /// Throws when the link cannot be established now; the caller retries.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(string topic, Action<string> onMessage, Action onMissed, CancellationToken cancellationToken = default);
}
