using CrampBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CrampBot.Tests.Storage;

/// <summary>The app's storage registration (<c>AddBotStorage</c>) on the given settings, validated as the app builds it.</summary>
internal static class StorageServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection().AddLogging();
        before?.Invoke(services);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBotStorage();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
