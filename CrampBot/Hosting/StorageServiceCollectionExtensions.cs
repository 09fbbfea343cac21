using Azure.Identity;
using Azure.Storage.Blobs;
using CrampBot.Backplane;
using CrampBot.Builder;
using CrampBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CrampBot.Storage;

/// <summary>Registers bot state storage in one call.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the <c>"Storage"</c> section and registers, as singletons, the
    /// <see cref="IStorage"/> chosen by <see cref="StorageOptions.Provider"/>, <see cref="TimeProvider.System"/> (unless a
    /// TimeProvider is already registered), <see cref="ConversationState"/> (with the idle expiry), <see cref="UserState"/>,
    /// the <see cref="ITurnLock"/> that fits the provider (<see cref="TurnLockOptions"/> from <c>Storage:TurnLock</c>) and
    /// the <c>storage</c> readiness check of <c>/readyz</c>.
    /// Registrations made before this call win, so tests can supply their own storage or clock.
    /// Every kind of state gets its <see cref="RetentionOptions"/> period, and <see cref="ExpiredDocumentSweeper"/>
    /// deletes expired documents from stores that keep them until asked.
    /// For Redis it also registers the app's one <see cref="IConnectionMultiplexer"/>, and whenever
    /// <c>Storage:Redis:Configuration</c> is set the <see cref="IBackplane"/> is <see cref="RedisBackplane"/> (otherwise
    /// <see cref="SingleInstanceBackplane"/>). Another backend (e.g. Azure Blob
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
            .Validate(options => options.Retention.Conversations >= TimeSpan.Zero && options.Retention.Users >= TimeSpan.Zero,
                "Storage:Retention:Conversations and Storage:Retention:Users must not be negative (zero keeps state until deleted).")
            .Validate(options => options.Retention.Conversations == TimeSpan.Zero || options.Retention.Conversations >= options.ConversationIdleExpiry,
                "Storage:Retention:Conversations must be zero or at least Storage:ConversationIdleExpiry.")
            .Validate(options => options.Retention.SweepInterval > TimeSpan.Zero,
                "Storage:Retention:SweepInterval must be positive.")
            .ValidateOnStart();

        services.AddOptions<TurnLockOptions>()
            .BindConfiguration(TurnLockOptions.SectionName)
            .Validate(options => options.MaxWait > TimeSpan.Zero, "Storage:TurnLock:MaxWait must be positive.")
            .Validate(options => options.LeaseDuration >= TimeSpan.FromSeconds(1), "Storage:TurnLock:LeaseDuration must be at least one second.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // One multiplexer for the app, connected when the Redis store is first needed. It does not give up when Redis
        // cannot be reached: the app starts, answers 503 and reports not ready, and reconnects by itself.
        services.TryAddSingleton<IConnectionMultiplexer>(provider =>
        {
            var configuration = ConfigurationOptions.Parse(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Redis.Configuration!);
            configuration.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(configuration);
        });
        services.TryAddSingleton(CreateStorage);
        // Turns of a conversation one at a time: a lease in the shared store for Redis and Blob, else in this process.
        services.TryAddSingleton(CreateTurnLock);
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadinessReport.ReadyTag]);
        services.TryAddSingleton(provider => new ConversationState(
            provider.GetRequiredService<IStorage>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationIdleExpiry,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Retention.Conversations));
        services.TryAddSingleton(provider => new UserState(
            provider.GetRequiredService<IStorage>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Retention.Users));
        services.AddHostedService<ExpiredDocumentSweeper>();
        // With a Redis configuration, whatever the provider, the instances tell each other through Redis pub/sub.
        services.TryAddSingleton(CreateBackplane);
        return services;
    }

    private static IBackplane CreateBackplane(IServiceProvider provider)
    {
        var redis = provider.GetRequiredService<IOptions<StorageOptions>>().Value.Redis;
        return string.IsNullOrWhiteSpace(redis.Configuration)
            ? new SingleInstanceBackplane()
            : new RedisBackplane(provider.GetRequiredService<IConnectionMultiplexer>, redis.KeyPrefix, provider.GetRequiredService<ILogger<RedisBackplane>>());
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
            return CreateBlobStorage(options.Blob, provider.GetRequiredService<ILogger<BlobStorage>>(), provider.GetRequiredService<TimeProvider>());
        }
        if (!IsSqlite(options))
        {
            return new MemoryStorage(provider.GetRequiredService<TimeProvider>());
        }
        var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new SqliteStorage(
            Path.Combine(root, options.SqlitePath),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SqliteStorage>>(),
            options.SqliteBusyTimeout);
    }

    private static ITurnLock CreateTurnLock(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var lockOptions = provider.GetRequiredService<IOptions<TurnLockOptions>>();
        if (IsRedis(options))
        {
            return new RedisTurnLock(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                options.Redis.KeyPrefix,
                lockOptions,
                provider.GetRequiredService<ILogger<RedisTurnLock>>());
        }
        // The lease blobs live beside the documents; a test that replaced the store keeps the in-process lock.
        if (IsBlob(options) && provider.GetRequiredService<IStorage>() is BlobStorage blobStorage)
        {
            return new BlobTurnLock(blobStorage, lockOptions, provider.GetRequiredService<ILogger<BlobTurnLock>>());
        }
        return new InProcessTurnLock(lockOptions);
    }

    private static BlobStorage CreateBlobStorage(BlobStorageOptions options, ILogger<BlobStorage> logger, TimeProvider clock)
    {
        // Few, quick retries: a turn waiting on an unreachable store is better answered 503 soon (the channel retries)
        // than held for the SDK's default minute.
        var clientOptions = new BlobClientOptions
        {
            Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1), NetworkTimeout = TimeSpan.FromSeconds(10) },
        };
        var service = options.ServiceUri is { } serviceUri
            ? new BlobServiceClient(serviceUri, new DefaultAzureCredential(), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return new BlobStorage(service.GetBlobContainerClient(options.ContainerName), logger, clock);
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
