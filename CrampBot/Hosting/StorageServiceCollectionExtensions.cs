using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using CrampBot.Builder;
using StackExchange.Redis;

namespace CrampBot.Storage;

/// <summary>Registers bot state storage in one call.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the <c>"Storage"</c> section and registers, as singletons, the
    /// <see cref="IStorage"/> chosen by <see cref="StorageOptions.Provider"/>, <see cref="TimeProvider.System"/> (unless a
    /// TimeProvider is already registered), <see cref="ConversationState"/> (with the idle expiry) and <see cref="UserState"/>.
    /// Registrations made before this call win, so tests can supply their own storage or clock.
    /// For Redis it also registers the app's one <see cref="IConnectionMultiplexer"/>. Another backend (e.g. Azure Blob
    /// storage) would be one more <see cref="IStorage"/> implementation and one more provider name here; nothing above the <see cref="IStorage"/> contract needs to change.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => IsKnownProvider(options.Provider),
                $"Storage:Provider must be '{StorageOptions.SqliteProvider}', '{StorageOptions.MemoryProvider}', '{StorageOptions.RedisProvider}' or '{StorageOptions.BlobProvider}'.")
            .Validate(options => !IsSqlite(options) || !string.IsNullOrWhiteSpace(options.SqlitePath),
                "Storage:SqlitePath must be set when Storage:Provider is Sqlite.")
            .Validate(options => !IsRedis(options) || !string.IsNullOrWhiteSpace(options.Redis.Configuration),
                "Storage:Redis:Configuration must be set when Storage:Provider is Redis.")
            .Validate(options => options.Redis.KeyPrefix is not null,
                "Storage:Redis:KeyPrefix must not be null.")
            .Validate(options => !IsBlob(options) || options.Blob.HasOneEndpoint(),
                "Storage:Blob needs exactly one of ServiceUri and ConnectionString when Storage:Provider is Blob.")
            .Validate(options => !IsBlob(options) || options.Blob.HasValidContainerName(),
                "Storage:Blob:ContainerName must be 3-63 lower-case letters, digits and single hyphens when Storage:Provider is Blob.")
            .Validate(options => options.ConversationIdleExpiry >= TimeSpan.Zero,
                "Storage:ConversationIdleExpiry must not be negative.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // One multiplexer for the app, connected when the Redis store is first needed (at the first turn, or at startup
        // when something resolves IStorage then); it fails fast when Redis cannot be reached.
        services.TryAddSingleton<IConnectionMultiplexer>(provider => ConnectionMultiplexer.Connect(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Redis.Configuration!));
        services.TryAddSingleton(CreateStorage);
        services.TryAddSingleton(provider => new ConversationState(
            provider.GetRequiredService<IStorage>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationIdleExpiry));
        services.TryAddSingleton(provider => new UserState(provider.GetRequiredService<IStorage>()));
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (IsRedis(options))
        {
            return new RedisStorage(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                options.Redis.KeyPrefix,
                provider.GetRequiredService<ILogger<RedisStorage>>());
        }

        if (IsBlob(options))
        {
            return CreateBlobStorage(options.Blob, provider.GetRequiredService<ILogger<BlobStorage>>());
        }
        if (!IsSqlite(options))
        {
            return new MemoryStorage();
        }
        var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new SqliteStorage(
            Path.Combine(root, options.SqlitePath),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SqliteStorage>>(),
            options.SqliteBusyTimeout);
    }

    private static BlobStorage CreateBlobStorage(BlobStorageOptions options, ILogger<BlobStorage> logger)
    {
        var service = options.ServiceUri is { } serviceUri
            ? new BlobServiceClient(serviceUri, new DefaultAzureCredential())
            : new BlobServiceClient(options.ConnectionString);
        return new BlobStorage(service.GetBlobContainerClient(options.ContainerName), logger);
    }

    private static bool IsBlob(StorageOptions options) =>
        string.Equals(options.Provider, StorageOptions.BlobProvider, StringComparison.OrdinalIgnoreCase);

    private static bool IsSqlite(StorageOptions options) =>
        string.Equals(options.Provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase);

    private static bool IsRedis(StorageOptions options) =>
        string.Equals(options.Provider, StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase);

    private static bool IsKnownProvider(string? provider) =>
        string.Equals(provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, StorageOptions.MemoryProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, StorageOptions.RedisProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, StorageOptions.BlobProvider, StringComparison.OrdinalIgnoreCase);
}
