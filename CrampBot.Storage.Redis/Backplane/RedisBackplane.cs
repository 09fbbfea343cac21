using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CrampBot.Backplane;

/// <summary>
/// <see cref="IBackplane"/> on Redis pub/sub: a topic is the channel <c>{prefix}backplane:{topic}</c>, and every
/// message names the instance that sent it, so an instance skips its own. StackExchange.Redis subscribes again by
/// itself after a lost connection, but what was published in the gap is gone. So whenever a connection comes back
/// (and once at the start) the subscription (1) proves it is live by sending itself a probe and waiting for it,
/// (2) tells the other instances it is back, since what it published in the gap was lost to them, and (3) reports the
/// possible gap to its subscriber. The other instances report the gap to theirs when they hear (2).
/// </summary>
/// <param name="connect">The app's connection (a factory, so the app can start while Redis is unreachable).</param>
/// <param name="channelPrefix">Put before every channel, so apps sharing one Redis do not hear each other.</param>
/// <param name="logger">Receives link failures (never message contents).</param>
public sealed partial class RedisBackplane(Func<IConnectionMultiplexer> connect, string channelPrefix, ILogger<RedisBackplane> logger) : IBackplane
{
    private const string MessageKind = "message";
    private const string ProbeKind = "probe";
    private const string ResumedKind = "resumed";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(10);

    private readonly string _instanceId = Guid.NewGuid().ToString("N");
    private readonly ILogger<RedisBackplane> _logger = logger;
    private IConnectionMultiplexer? _connection;

    /// <inheritdoc />
    /// <remarks>
    /// Publishes once a subscription has connected (the app subscribes at startup); before that there is nobody this
    /// instance could have told yet, and the first subscription announces this instance to the others anyway.
    /// </remarks>
    public async Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _connection) is { } connection)
        {
            await PublishAsync(connection, Channel(topic), MessageKind, message);
        }
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> SubscribeAsync(string topic, Action<string> onMessage, Action onMissed, CancellationToken cancellationToken = default)
    {
        var connection = connect();
        var subscription = new Subscription(this, connection, Channel(topic), onMessage, onMissed);
        await subscription.StartAsync();
        Interlocked.CompareExchange(ref _connection, connection, null);
        return subscription;
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal(channelPrefix + "backplane:" + topic);

    private Task PublishAsync(IConnectionMultiplexer connection, RedisChannel channel, string kind, string payload) =>
        connection.GetSubscriber().PublishAsync(channel, $"{_instanceId}\n{kind}\n{payload}");

    /// <summary>One topic's subscription: the message queue, and the resume after every restored connection.</summary>
    private sealed class Subscription(RedisBackplane owner, IConnectionMultiplexer connection, RedisChannel channel, Action<string> onMessage, Action onMissed)
        : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly SemaphoreSlim _resuming = new(1, 1);
        private ChannelMessageQueue? _queue;
        private volatile Tuple<string, TaskCompletionSource>? _probe;
        private int _resumesRequested;

        public async Task StartAsync()
        {
            _queue = await connection.GetSubscriber().SubscribeAsync(channel);
            // A queue hands messages over one at a time, in the order they were published.
            _queue.OnMessage(Handle);
            connection.ConnectionRestored += OnConnectionRestored;
            _ = ResumeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            connection.ConnectionRestored -= OnConnectionRestored;
            await _stop.CancelAsync();
            if (_queue is not null)
            {
                try
                {
                    await _queue.UnsubscribeAsync();
                }
                catch (RedisException)
                {
                    // The link is down: the server dropped the subscription already.
                }
            }
        }

        private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _ = ResumeAsync();

        private void Handle(ChannelMessage received)
        {
            var parts = ((string?)received.Message ?? string.Empty).Split('\n', 3);
            if (parts.Length != 3)
            {
                return;
            }
            var (sender, kind, payload) = (parts[0], parts[1], parts[2]);
            try
            {
                if (sender == owner._instanceId)
                {
                    if (kind == ProbeKind && _probe is { } probe && probe.Item1 == payload)
                    {
                        probe.Item2.TrySetResult();
                    }
                }
                else if (kind == MessageKind)
                {
                    onMessage(payload);
                }
                else if (kind == ResumedKind)
                {
                    onMissed();
                }
            }
            catch (Exception exception)
            {
                // A failing subscriber must not stop the queue for the messages after this one.
                LogHandlerFailed(owner._logger, exception);
            }
        }

        // One resume at a time; a restore that happens during one is not lost but runs another after it.
        private async Task ResumeAsync()
        {
            Interlocked.Increment(ref _resumesRequested);
            while (Volatile.Read(ref _resumesRequested) > 0 && await _resuming.WaitAsync(0))
            {
                try
                {
                    while (Interlocked.Exchange(ref _resumesRequested, 0) > 0)
                    {
                        await ResumeOnceAsync();
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception exception)
                {
                    LogHandlerFailed(owner._logger, exception);
                }
                finally
                {
                    _resuming.Release();
                }
            }
        }

        // Repeats until the probe comes back (or the subscription is disposed), then reports the gap.
        private async Task ResumeOnceAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                _stop.Token.ThrowIfCancellationRequested();
                try
                {
                    var probe = Tuple.Create(Guid.NewGuid().ToString("N"), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                    _probe = probe;
                    await owner.PublishAsync(connection, channel, ProbeKind, probe.Item1);
                    await probe.Item2.Task.WaitAsync(ProbeTimeout, _stop.Token);
                    await owner.PublishAsync(connection, channel, ResumedKind, string.Empty);
                    onMissed();
                    return;
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    LogResumeFailed(owner._logger, exception, attempt);
                }
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, LongestRetryDelay.TotalSeconds)), _stop.Token);
            }
        }
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Redis backplane subscription not confirmed yet (attempt {Attempt}); retrying")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "A Redis backplane subscriber failed on a message")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
