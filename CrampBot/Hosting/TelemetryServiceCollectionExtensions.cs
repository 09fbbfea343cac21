using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace CrampBot.Hosting;

/// <summary>Where the app's traces, metrics and logs go: <c>builder.Services.AddCrampBotTelemetry(builder.Configuration)</c>.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The setting Application Insights gives an app (the Azure templates set it on the web app).</summary>
    public const string ApplicationInsightsConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// With <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> set, exports the requests, dependencies, metrics and logs to
    /// Application Insights through OpenTelemetry (<c>Azure.Monitor.OpenTelemetry.AspNetCore</c>); without it, registers
    /// no exporter, so a clinic's own server sends nothing anywhere. Other exporters (OTLP) and the app's own sources
    /// belong here too, on the same OpenTelemetry builder.
    /// </summary>
    public static IServiceCollection AddCrampBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var applicationInsights = configuration[ApplicationInsightsConnectionStringKey];
        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            // The logs exported with it hold ids, events and timings only, like every log of the app (README, Privacy).
            services.AddOpenTelemetry().UseAzureMonitor(options => options.ConnectionString = applicationInsights);
        }
        return services;
    }
}
