using CrampBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>
/// Readiness of the state store (<c>/readyz</c>): one read of a key nobody writes, through the same <see cref="IStorage"/>
/// the turns use, so it fails exactly when turns would (Redis or Blob unreachable, the SQLite file unreadable).
/// </summary>
public sealed class StorageHealthCheck(IStorage storage, IOptions<StorageOptions> options) : IHealthCheck
{
    private const string ProbeKey = "health/readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = options.Value.Provider;
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken);
            return HealthCheckResult.Healthy($"{provider} store answers.");
        }
        catch (StorageUnavailableException unavailable)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{provider} store unreachable ({unavailable.InnerException?.GetType().Name}).");
        }
    }
}
