using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CrampBot.TestKit;

/// <summary>
/// The start of every local stand-in for a remote service (Bot Connector, OpenID issuer, managed identity endpoint,
/// Application Insights): a slim ASP.NET Core app on a free loopback port (port 0), its own logging off so the test
/// output holds only the app under test. The stand-in maps its endpoints, starts, and reads its address from
/// <c>app.Urls</c>.
/// </summary>
public static class LoopbackApp
{
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder;
    }
}
