using Microsoft.Extensions.Options;

namespace CrampBot.Channels.Authentication;

/// <summary>Says once at startup whether inbound tokens are checked; loudly when they are not.</summary>
internal sealed partial class BotAuthenticationStartupReport(
    IOptions<BotAuthenticationOptions> options,
    ILogger<BotAuthenticationStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsEnabled)
        {
            LogEnabled(logger, settings.AppType, settings.MicrosoftAppId);
        }
        else
        {
            LogDisabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot authentication ON: {AppType} app {AppId}; /api/messages requires a valid Bot Framework token")]
    private static partial void LogEnabled(ILogger logger, BotAppType? appType, string? appId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! Bot authentication is OFF: MicrosoftAppId is not set, so /api/messages accepts requests from ANYONE and replies carry no token. Local development only; NEVER deploy this way. !!!")]
    private static partial void LogDisabled(ILogger logger);
}
