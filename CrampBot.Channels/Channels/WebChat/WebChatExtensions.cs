using CrampBot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrampBot.Channels.WebChat;

/// <summary>Wires the clinic web chat widget (and the Direct Line service it talks to) into the app.</summary>
public static class WebChatExtensions
{
    /// <summary>
    /// Registers the widget (<c>WebChat</c> section: branding, resume window, token rate limit) and, through
    /// <see cref="DirectLineExtensions.AddDirectLine"/>, the Direct Line service.
    /// </summary>
    public static IServiceCollection AddWebChatWidget(this IServiceCollection services)
    {
        services.AddDirectLine();
        services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .Validate(o => o.ResumeWindow >= TimeSpan.Zero, "WebChat:ResumeWindow must not be negative.")
            .Validate(o => o.TokenRateLimitPermits > 0 && o.TokenRateLimitWindow > TimeSpan.Zero, "WebChat:TokenRateLimitPermits and WebChat:TokenRateLimitWindow must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<WebChatAssets>();
        services.TryAddSingleton<WebChatSecurityPolicy>();
        services.TryAddSingleton<WidgetClientLimiter>();
        // Per client address: each token can start a conversation with the bot.
        services.AddRateLimiter(limiter => limiter.AddPolicy(WebChatTokenEndpoint.RateLimitPolicyName, new FixedWindowRateLimitPolicy<WebChatOptions>(
            http => http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            options => options.TokenRateLimitPermits,
            options => options.TokenRateLimitWindow)));
        return services;
    }

    /// <summary>
    /// Adds the security headers (<see cref="WebChatSecurityPolicy"/>) to every response, then maps Direct Line
    /// (<see cref="DirectLineExtensions.MapDirectLine"/>), <c>POST /api/webchat/token</c>, <c>/widget.js</c>,
    /// <c>/widget.css</c>, <c>/webchat/webchat.js</c> and the demo page at <c>/</c>.
    /// </summary>
    public static WebApplication MapWebChatWidget(this WebApplication app)
    {
        // Resolved now, so a bad WebChat:FrameAncestors stops the app at startup rather than at the first request.
        var security = app.Services.GetRequiredService<WebChatSecurityPolicy>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                security.Apply(http.Response);
                return Task.CompletedTask;
            });
            return next(http);
        });
        app.MapDirectLine();
        WebChatTokenEndpoint.Map(app);
        WebChatAssetEndpoints.Map(app);
        return app;
    }
}
