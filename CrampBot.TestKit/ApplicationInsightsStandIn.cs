using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CrampBot.TestKit;

/// <summary>
/// A local stand-in for Application Insights ingestion (Kestrel on 127.0.0.1, a free port): it accepts what the Azure
/// Monitor exporter posts to <c>/v2.1/track</c> (gzip'd lines of JSON telemetry items) and keeps each item's text, so a
/// test can see that telemetry arrives, and what it holds, without calling Azure. Every other call (Live Metrics)
/// gets an empty 200.
/// </summary>
public sealed class ApplicationInsightsStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _items = new();
    private WebApplication? _app;

    private ApplicationInsightsStandIn()
    {
    }

    /// <summary>An <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> that sends everything here.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The telemetry items received so far, one JSON text each.</summary>
    public IReadOnlyCollection<string> Items => _items;

    public static async Task<ApplicationInsightsStandIn> StartAsync()
    {
        var standIn = new ApplicationInsightsStandIn();
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        app.MapPost("/v2.1/track", standIn.TrackAsync);
        app.MapFallback(() => Results.Ok());
        await app.StartAsync();
        standIn._app = app;
        var baseUrl = app.Urls.Single().TrimEnd('/');
        standIn.ConnectionString = $"InstrumentationKey={Guid.NewGuid()};IngestionEndpoint={baseUrl}/;LiveEndpoint={baseUrl}/";
        return standIn;
    }

    /// <summary>Waits until an item holds all of <paramref name="parts"/>; only a guard against a hung run limits the wait.</summary>
    public async Task<string> WaitForItemAsync(params string[] parts)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var item = _items.FirstOrDefault(text => parts.All(part => text.Contains(part, StringComparison.Ordinal)));
            if (item is not null)
            {
                return item;
            }
            await Task.Delay(100, guard.Token);
        }
    }

    private async Task<IResult> TrackAsync(HttpRequest request)
    {
        var body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.Body, CompressionMode.Decompress)
            : request.Body;
        using var reader = new StreamReader(body);
        var received = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                _items.Enqueue(line);
                received++;
            }
        }
        return Results.Json(new { itemsReceived = received, itemsAccepted = received, errors = Array.Empty<object>() });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
