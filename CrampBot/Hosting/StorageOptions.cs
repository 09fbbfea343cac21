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

    /// <summary>Provider name for <see cref="BlobStorage"/> on Azure Blob Storage, set up by <see cref="Blob"/>.</summary>
    public const string BlobProvider = "Blob";

    /// <summary><see cref="SqliteProvider"/>, <see cref="MemoryProvider"/> or <see cref="BlobProvider"/> (case-insensitive).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// The SQLite file. A relative path is resolved against the host's content root (the app folder when run with
    /// <c>dotnet run</c>), or the current directory when no host environment is registered. The folder is created if missing.
    /// </summary>
    public string SqlitePath { get; set; } = "App_Data/crampbot.db";

    /// <summary>How long a SQLite statement waits for another writer's lock before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Azure Blob Storage settings (<c>Storage:Blob</c>), used when <see cref="Provider"/> is <see cref="BlobProvider"/>.</summary>
    public BlobStorageOptions Blob { get; set; } = new();

    /// <summary>A conversation idle for longer than this starts with empty state; zero keeps state forever.</summary>
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromMinutes(30);
}
