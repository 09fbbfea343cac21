using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrampBot.TestKit;

/// <summary>
/// The real CrampBot app (Program, its DI and its HTTP pipeline) in memory, with settings and services overridable
/// per test. Each host gets its own SQLite file unless a path is given, so tests never share state by accident.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;

    /// <param name="settings">Configuration keys, as a deployment would set them.</param>
    /// <param name="services">Replaces services after the app registered its own (a fake clock, a log sink…).</param>
    /// <param name="environment">The host environment; "Production" turns on what only Production enforces.</param>
    public BotHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "crampbot-tests", $"{Guid.NewGuid():N}.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        _services = services;
    }

    /// <summary>The SQLite file this host stores state in (share it with a second host to simulate a restart).</summary>
    public string? SqlitePath => _settings.GetValueOrDefault("Storage:SqlitePath");

    /// <summary>Starts a conversation with the bot as a Web Chat-like user; replies come back in the HTTP body.</summary>
    public Transcript StartConversation(string channelId = "test", string? conversationId = null, string? userId = null) =>
        new(CreateClient(), channelId, conversationId ?? $"conv-{Guid.NewGuid():N}", userId ?? $"user-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
