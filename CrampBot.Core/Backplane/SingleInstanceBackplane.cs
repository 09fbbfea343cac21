namespace CrampBot.Backplane;

/// <summary>The backplane of an app that runs as one instance: there is no other instance to tell.</summary>
public sealed class SingleInstanceBackplane : IBackplane
{
    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IAsyncDisposable> SubscribeAsync(string topic, Action<string> onMessage, Action onMissed, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable>(new NoSubscription());

    private sealed class NoSubscription : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
