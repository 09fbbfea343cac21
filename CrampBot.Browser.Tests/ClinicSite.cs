using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrampBot.Browser.Tests;

/// <summary>
/// A clinic's own web site on another origin (another port of 127.0.0.1) whose page embeds the widget with the one
/// documented script tag pointing at the CrampBot server: the cross-origin case, which needs CORS.
/// </summary>
public sealed class ClinicSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ClinicSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The origin as browsers send it (no trailing slash).</summary>
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    /// <summary>The CrampBot server the page's script tag points at; set once that server runs.</summary>
    public Uri? BotAddress { get; set; }

    public static async Task<ClinicSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ClinicSite? site = null;
        app.MapGet("/", () => Results.Content(
            $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Harbour Street Surgery</title></head>
            <body><h1>Harbour Street Surgery</h1><p>Opening hours: 8–18.</p>
            <script src="{new Uri(site!.BotAddress!, "/widget.js")}" async></script>
            </body></html>
            """, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new ClinicSite(app, new Uri(address));
        return site;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
