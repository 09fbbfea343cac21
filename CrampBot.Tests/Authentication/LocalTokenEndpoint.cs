using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CrampBot.Channels.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CrampBot.Tests.Authentication;

/// <summary>
/// An Entra-like token endpoint (<c>POST /{tenant}/oauth2/v2.0/token</c>) on 127.0.0.1 over HTTPS, because MSAL only
/// talks to https authorities. Its self-signed certificate is made here and trusted only by the clients
/// <see cref="Trust"/> configures. Every request's form is recorded.
/// </summary>
internal sealed class LocalTokenEndpoint : IAsyncDisposable
{
    private WebApplication? _app;
    private int _issued;

    public X509Certificate2 Certificate { get; } = CreateCertificate();

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form)> Requests { get; } = new();

    /// <summary>Lifetime of the tokens handed out, in seconds.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    public static async Task<LocalTokenEndpoint> StartAsync()
    {
        var endpoint = new LocalTokenEndpoint();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(endpoint.Certificate)));
        var app = builder.Build();
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            endpoint.Requests.Enqueue((request.Path.Value!, form.ToDictionary(field => field.Key, field => field.Value.ToString())));
            var number = Interlocked.Increment(ref endpoint._issued);
            return Results.Text(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = endpoint.ExpiresInSeconds,
                ["ext_expires_in"] = endpoint.ExpiresInSeconds,
                ["access_token"] = $"local-access-token-{number}",
            }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        endpoint._app = app;
        endpoint.BaseUrl = app.Urls.Single().TrimEnd('/');
        return endpoint;
    }

    /// <summary>Makes the token-service HTTP client trust this endpoint's certificate, and only it.</summary>
    public void Trust(IServiceCollection services) =>
        services.AddHttpClient(BotAuthenticationHttpClients.TokenService).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == Certificate.Thumbprint,
        });

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Reloaded from PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
