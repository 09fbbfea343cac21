using System.Net.Http.Headers;
using CrampBot.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.TestKit;

/// <summary>
/// The real app on real Kestrel (127.0.0.1, a free port), with a test bot, a storage the test chooses (so a second
/// host on the same storage is a restart) and a fake clock. Settings are applied as configuration keys, exactly as a
/// deployment would set them.
/// </summary>
public sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789abcdefghij";

    private readonly WebApplicationFactory<Program> _factory;

    private DirectLineTestHost(WebApplicationFactory<Program> factory, Uri baseAddress, FakeTimeProvider clock)
    {
        _factory = factory;
        BaseAddress = baseAddress;
        Clock = clock;
    }

    public Uri BaseAddress { get; }

    public EchoTestBot Bot => _factory.Services.GetRequiredService<EchoTestBot>();

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a host. <paramref name="settings"/> are configuration keys (e.g. "DirectLine:TokenLifetime").
    /// With <paramref name="sqlitePath"/> the app's own SQLite storage is used on that file (a second host on the same
    /// file is a restart); otherwise an in-memory storage. With <paramref name="crampBot"/> the app's real bot answers
    /// instead of <see cref="EchoTestBot"/> (which then receives nothing). <paramref name="services"/> replaces services
    /// after the app registered its own.
    /// </summary>
    public static DirectLineTestHost Start(
        IReadOnlyDictionary<string, string?>? settings = null, string? sqlitePath = null, FakeTimeProvider? clock = null, bool crampBot = false,
        Action<IServiceCollection>? services = null)
    {
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:Secret", Secret);
            builder.UseSetting("Storage:Provider", sqlitePath is null ? "Memory" : "Sqlite");
            if (sqlitePath is not null)
            {
                builder.UseSetting("Storage:SqlitePath", sqlitePath);
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(testServices =>
            {
                testServices.AddSingleton<TimeProvider>(clock);
                testServices.AddSingleton<EchoTestBot>();
                if (!crampBot)
                {
                    testServices.AddSingleton<IBot>(sp => sp.GetRequiredService<EchoTestBot>());
                }
                services?.Invoke(testServices);
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DirectLineTestHost(factory, new Uri(address), clock);
    }

    /// <summary>A client on the host, sending <c>Authorization: Bearer <paramref name="bearer"/></c> when given.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return client;
    }

    /// <summary>Starts a conversation with the secret (as Web Chat's body does) and returns it with a token client.</summary>
    public async Task<DirectLineConversation> StartConversationAsync()
    {
        using var secret = CreateClient(Secret);
        var started = await DirectLineCalls.StartConversationAsync(secret);
        return new DirectLineConversation(started, CreateClient((string)started["token"]!));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
