using CrampBot.Backplane;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Connects the <see cref="DirectLineStreamHub"/> to the other instances: subscribes to the hub's topic on the
/// <see cref="IBackplane"/> when the app starts (retrying in the background while the backplane cannot be reached, so
/// the app starts anyway), hands received notices to the hub, and makes every open stream re-read its log whenever
/// the backplane reports that notices may have been missed.
/// </summary>
public sealed partial class DirectLineStreamRelay(IBackplane backplane, DirectLineStreamHub hub, ILogger<DirectLineStreamRelay> logger) : BackgroundService
{
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    private IAsyncDisposable? _subscription;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the startup path: connecting may block until the backplane's connect timeout.
        await Task.Yield();
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                _subscription = await backplane.SubscribeAsync(DirectLineStreamHub.BackplaneTopic, hub.Receive, hub.NotifyEveryLogChanged, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever the backplane throws, streams on this instance still work; only other instances' replies wait.
                LogSubscribeFailed(exception, attempt);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, LongestRetryDelay.TotalSeconds)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = 4132, Level = LogLevel.Warning, Message = "Direct Line streams could not subscribe to the backplane (attempt {Attempt}); replies from other instances wait until it can")]
    private partial void LogSubscribeFailed(Exception exception, int attempt);
}
