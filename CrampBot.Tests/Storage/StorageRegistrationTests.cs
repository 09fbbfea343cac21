using CrampBot.Storage;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using CrampBot.Builder;

namespace CrampBot.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "CrampBot.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [Fact]
    public void Defaults_are_sqlite_under_app_data_and_thirty_minutes()
    {
        var options = new StorageOptions();

        Assert.Equal(StorageOptions.SqliteProvider, options.Provider);
        Assert.Equal("App_Data/crampbot.db", options.SqlitePath);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ConversationIdleExpiry);
    }

    [Fact]
    public void Relative_sqlite_path_is_resolved_against_the_content_root()
    {
        using var provider = StorageServices.Build(
            new() { ["Storage:SqlitePath"] = "data/bot.db" },
            services => services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(_directory.Path)));

        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());

        Assert.Equal(_directory.File("data", "bot.db"), storage.DatabasePath);
        Assert.Same(storage, provider.GetRequiredService<IStorage>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Absolute_sqlite_path_is_used_as_given()
    {
        var path = _directory.File("abs.db");
        using var provider = StorageServices.Build(new() { ["Storage:Provider"] = "sqlite", ["Storage:SqlitePath"] = path });

        Assert.Equal(path, Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>()).DatabasePath);
    }

    [Fact]
    public void Memory_provider_gives_memory_storage()
    {
        using var provider = StorageServices.Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<MemoryStorage>(provider.GetRequiredService<IStorage>());
    }

    [Fact]
    public void Unknown_provider_fails_with_a_clear_message()
    {
        using var provider = StorageServices.Build(new() { ["Storage:Provider"] = "Cassandra" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStorage>());
        Assert.Contains("Storage:Provider", error.Message);
    }

    [Fact]
    public async Task Configured_idle_expiry_and_a_registered_clock_reach_conversation_state()
    {
        var clock = new FakeTimeProvider();
        using var provider = StorageServices.Build(
            new() { ["Storage:Provider"] = "Memory", ["Storage:ConversationIdleExpiry"] = "00:45:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        var conversationState = provider.GetRequiredService<ConversationState>();
        var userState = provider.GetRequiredService<UserState>();
        var step = conversationState.CreateProperty<int>("step");
        var turn = TestTurns.Message();
        await step.SetAsync(turn, 3);
        await conversationState.SaveChangesAsync(turn);

        clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(3, await step.GetAsync(TestTurns.Message()));

        clock.Advance(TimeSpan.FromMinutes(46));
        Assert.Equal(0, await step.GetAsync(TestTurns.Message()));
        Assert.Same(userState, provider.GetRequiredService<UserState>());
    }
}
