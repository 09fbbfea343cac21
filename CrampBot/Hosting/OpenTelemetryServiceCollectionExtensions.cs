using CrampBot.Builder;
using CrampBot.CrampConversation;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrampBot.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of the app: ASP.NET Core and outgoing HTTP, the turn pipeline
/// (<see cref="BotTelemetry"/>), limit refusals (<see cref="LimitTelemetry"/>) and triage (<see cref="TriageTelemetry"/>).
/// Exported by OTLP only when an endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or
/// <c>Telemetry:OtlpEndpoint</c>), or to Application Insights when its connection string is set; with neither (and
/// <c>Telemetry:Collect</c> unset) nothing is registered. Paths and URLs are recorded without conversation ids.
/// </summary>
public static class OpenTelemetryServiceCollectionExtensions
{
    /// <summary>The configuration key of the OTLP endpoint when the standard environment variable is not used.</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary>True: traces and metrics are collected although no exporter is configured (for one added in code, e.g. a test's in-memory exporter).</summary>
    public const string CollectKey = "Telemetry:Collect";

    public static IServiceCollection AddCrampBotOpenTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exported = configuration[OtlpEndpointKey] is { Length: > 0 }
            || !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
            || !string.IsNullOrWhiteSpace(configuration[TelemetryServiceCollectionExtensions.ApplicationInsightsConnectionStringKey]);
        if (!exported && !configuration.GetValue<bool>(CollectKey))
        {
            // Nothing would leave the process: spans and metric points made for nobody cost every request (8-12 % of a
            // turn's CPU in the benchmark). Meters still count for in-process listeners (dotnet-counters, MeterListener).
            return services;
        }
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("crampbot"))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments("/healthz");
                    // The raw path names the conversation; the route template says the same without it.
                    aspNetCore.EnrichWithHttpResponse = (span, response) =>
                        span.SetTag("url.path", (response.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched");
                })
                .AddHttpClientInstrumentation(http =>
                    // Connector URLs name the Teams conversation: keep the host only.
                    http.EnrichWithHttpRequestMessage = (span, request) => span.SetTag("url.full", request.RequestUri?.GetLeftPart(UriPartial.Authority))))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, LimitTelemetry.MeterName, TriageTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (configuration[OtlpEndpointKey] is { Length: > 0 } endpoint)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(endpoint));
        }
        else if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL and _HEADERS itself.
            telemetry.UseOtlpExporter();
        }
        return services;
    }
}
