using CrampBot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using IMiddleware = CrampBot.Builder.IMiddleware;

namespace CrampBot.Hosting;

/// <summary>Registers the turn pipeline behind <c>POST /api/messages</c> and maps the endpoint.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Problem details, the <c>Bot</c> options (checked at startup), deduplication then the typing indicator as the first
    /// middleware (channel middleware registered afterwards runs after them), and the <see cref="BotAdapter"/>.
    /// </summary>
    public static IServiceCollection AddBotMessaging(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddRequestLimits();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxActivityBytes > 0, "Bot:MaxActivityBytes must be positive.")
            .Validate(o => o.TypingDelay >= TimeSpan.Zero, "Bot:TypingDelay must not be negative.")
            .ValidateOnStart();
        // Order matters: a redelivered activity is dropped before anything else runs.
        services.AddSingleton<IMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<IMiddleware>(sp => new ShowTypingMiddleware(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.TypingDelay, sp.GetRequiredService<TimeProvider>()));
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.AddSingleton<BotAdapter>();
        return services;
    }

    /// <summary>Forwarded headers (trusted proxies only), error pages as problem details, <c>/healthz</c> and <c>POST /api/messages</c>.</summary>
    public static WebApplication MapBotMessaging(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.IsConfigured)
        {
            // First, so every limit keyed by the client address sees the address the trusted proxy reported.
            app.UseForwardedHeaders();
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapMessagesEndpoint();
        return app;
    }
}
