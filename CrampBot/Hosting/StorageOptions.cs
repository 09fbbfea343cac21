namespace CrampBot.Storage;

/// <summary>
/// Settings of the configuration section <c>"Storage"</c>: which <see cref="IStorage"/> holds bot state, and how long an
/// idle conversation keeps its state.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>Provider name for <see cref="SqliteStorage"/> (the default).</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>Provider name for <see cref="MemoryStorage"/>: state is lost at restart; for tests and local tries.</summary>
    public const string MemoryProvider = "Memory";

    /// <summary>Provider name for <see cref="RedisStorage"/>: state shared by every instance of the app; needs <see cref="Redis"/>.</summary>
    public const string RedisProvider = "Redis";

    /// <summary>Provider name for <see cref="BlobStorage"/> on Azure Blob Storage, set up by <see cref="Blob"/>.</summary>
    public const string BlobProvider = "Blob";

    /// <summary><see cref="SqliteProvider"/>, <see cref="MemoryProvider"/>, <see cref="RedisProvider"/> or <see cref="BlobProvider"/> (case-insensitive).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// The SQLite file. A relative path is resolved against the host's content root (the app folder when run with
    /// <c>dotnet run</c>), or the current directory when no host environment is registered. The folder is created if missing.
    /// </summary>
    public string SqlitePath { get; set; } = "App_Data/crampbot.db";

    /// <summary>How long a SQLite statement waits for another writer's lock before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Redis store, used when <see cref="Provider"/> is <see cref="RedisProvider"/> (section <c>Storage:Redis</c>).</summary>
    public RedisStorageOptions Redis { get; set; } = new();

    /// <summary>The Azure Blob Storage settings (<c>Storage:Blob</c>), used when <see cref="Provider"/> is <see cref="BlobProvider"/>.</summary>
    public BlobStorageOptions Blob { get; set; } = new();

    /// <summary>A conversation idle for longer than this starts with empty state; zero keeps state forever.</summary>
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long stored state is kept after its last write (<c>Storage:Retention</c>).</summary>
    public RetentionOptions Retention { get; set; } = new();
}

/// <summary>Settings of the configuration section <c>"Storage:Redis"</c>.</summary>
public sealed class RedisStorageOptions
{
    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or <c>host:6380,password=…,ssl=true</c>;
    /// required for Redis. Also set with another provider: then Redis is only the backplane that carries Direct Line
    /// stream notices between instances.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key and backplane channel, so several apps can share one Redis database.</summary>
    public string KeyPrefix { get; set; } = RedisStorage.DefaultKeyPrefix;
}
