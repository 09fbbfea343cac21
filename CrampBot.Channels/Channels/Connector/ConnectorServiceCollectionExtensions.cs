using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Connector;

/// <summary>Wires the outbound Bot Connector client into the app.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> (typed HttpClient with retries and timeouts from the <c>Connector</c>
    /// section), a default <see cref="Authentication.NullAccessTokenProvider"/> that an authenticating provider may replace, and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddSingleton<IAccessTokenProvider, Authentication.NullAccessTokenProvider>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<IConnectorClient, ConnectorClient>(client =>
            {
                // The resilience pipeline bounds the total time; HttpClient's own 100 s default would cut across it.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(ConnectorResilience.PipelineName, (builder, context) =>
            {
                context.EnableReloads<ConnectorOptions>();
                var options = context.GetOptions<ConnectorOptions>();
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>();
                ConnectorResilience.Configure(builder, options, context.ServiceProvider.GetRequiredService<TimeProvider>(), logger);
            });
        return services;
    }
}
