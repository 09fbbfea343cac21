using CrampBot.Channels.Authentication;
using Microsoft.Extensions.Configuration;

namespace CrampBot.Tests.Authentication;

/// <summary>Builds the app's authentication services exactly as the app does, from configuration key/value pairs.</summary>
internal static class AuthenticationServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotAuthentication(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static Activity TeamsActivity(string channelId = TestTokens.Teams, string serviceUrl = TestTokens.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
    };

    public static Task<BotAuthenticationResult> AuthenticateBearerAsync(this IBotFrameworkAuthenticator authenticator, string token, Activity? activity = null) =>
        authenticator.AuthenticateAsync($"Bearer {token}", activity ?? TeamsActivity());
}
