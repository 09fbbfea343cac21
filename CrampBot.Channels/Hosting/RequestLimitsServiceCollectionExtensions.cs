using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrampBot.Hosting;

/// <summary>Registers the <c>Limits</c> options, the per-conversation limiter, refusal counting and the trusted proxies.</summary>
public static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>Safe to call more than once (messaging and Direct Line both need it).</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ConversationRateLimiter)))
        {
            return services;
        }
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName)
            .Validate(o => !o.Validate().Any(), "Limits: every limit must be positive (see README, Limits).")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.TryAddSingleton<LimitTelemetry>();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName);
        services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (not even loopback by default).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
