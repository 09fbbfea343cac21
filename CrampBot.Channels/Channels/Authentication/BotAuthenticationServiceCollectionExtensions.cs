using CrampBot.Channels.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Authentication;

/// <summary>Wires Bot Framework authentication into the app in one call.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> from the configuration root (SDK key names), checks it at startup
    /// (an impossible configuration stops the app), and registers <see cref="IBotFrameworkAuthenticator"/> and the
    /// outbound <see cref="IAccessTokenProvider"/> (MSAL with an app id, <see cref="NullAccessTokenProvider"/> without).
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddHttpClient(BotAuthenticationHttpClients.OpenIdMetadata);
        services.AddHttpClient(BotAuthenticationHttpClients.TokenService);
        services.TryAddSingleton<IBotFrameworkAuthenticator, BotFrameworkAuthenticator>();
        services.TryAddSingleton<IAccessTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsEnabled
                ? ActivatorUtilities.CreateInstance<MsalAccessTokenProvider>(provider)
                : new NullAccessTokenProvider());
        services.AddHostedService<BotAuthenticationStartupReport>();
        return services;
    }
}
