using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CrampBot.Tests.Authentication;

/// <summary>
/// A real OpenID issuer on 127.0.0.1 (Kestrel, plain HTTP on loopback): for each authority name it serves
/// <c>/{authority}/.well-known/openid-configuration</c> and <c>/{authority}/keys</c>, whose key set tests can grow
/// (key rollover), and counts key-set downloads so caching and refresh are observable.
/// </summary>
internal sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Authority> _authorities = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var issuer = new LocalOpenIdIssuer();
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        app.MapGet("/{authority}/.well-known/openid-configuration", (string authority) =>
            issuer._authorities.TryGetValue(authority, out var found)
                ? Results.Text(new JsonObject
                {
                    ["issuer"] = found.Issuer,
                    ["jwks_uri"] = $"{issuer.BaseUrl}/{authority}/keys",
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                }.ToJsonString(), "application/json")
                : Results.NotFound());
        app.MapGet("/{authority}/keys", (string authority) =>
        {
            if (!issuer._authorities.TryGetValue(authority, out var found))
            {
                return Results.NotFound();
            }

            Interlocked.Increment(ref found.KeySetRequests);
            return Results.Text(new JsonObject { ["keys"] = new JsonArray([.. found.Keys.Select(key => (JsonNode)key.ToJwk())]) }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        issuer._app = app;
        issuer.BaseUrl = app.Urls.Single().TrimEnd('/');
        return issuer;
    }

    public string MetadataUrl(string authority) => $"{BaseUrl}/{authority}/.well-known/openid-configuration";

    /// <summary>Declares <paramref name="authority"/> (with the issuer its metadata names) and publishes <paramref name="key"/> in its key set.</summary>
    public void Publish(string authority, string issuer, TestSigningKey key) =>
        _authorities.GetOrAdd(authority, _ => new Authority(issuer)).Keys.Enqueue(key);

    public int KeySetRequests(string authority) => _authorities.TryGetValue(authority, out var found) ? found.KeySetRequests : 0;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private sealed class Authority(string issuer)
    {
        public string Issuer { get; } = issuer;

        public ConcurrentQueue<TestSigningKey> Keys { get; } = new();

        public int KeySetRequests;
    }
}
