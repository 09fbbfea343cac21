using CrampBot.Storage;
using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>
/// Deletes expired documents every <see cref="RetentionOptions.SweepInterval"/> (on the app's clock) when the store
/// keeps them until asked (<see cref="IExpiringStorage"/>: SQLite, Blob, Memory); Redis expires keys by itself. Every
/// instance sweeps; a document deleted by one is simply missing for the others. A failed sweep is logged and the next
/// one tries again.
/// </summary>
public sealed partial class ExpiredDocumentSweeper(
    IServiceProvider services, IOptions<StorageOptions> options, TimeProvider clock, ILogger<ExpiredDocumentSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        // Redis expires keys itself, and resolving its store would connect to it here.
        if (string.Equals(options.Value.Provider, StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase)
            || services.GetRequiredService<IStorage>() is not IExpiringStorage store)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.Retention.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(store, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SweepAsync(IExpiringStorage store, CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await store.DeleteExpiredAsync(stoppingToken);
            LogSwept(deleted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSweepFailed(exception);
        }
    }

    [LoggerMessage(EventId = 2300, Level = LogLevel.Debug, Message = "Deleted {Count} expired documents")]
    private partial void LogSwept(int count);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Deleting expired documents failed; the next sweep tries again")]
    private partial void LogSweepFailed(Exception exception);
}
