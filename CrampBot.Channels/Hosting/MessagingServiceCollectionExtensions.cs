using CrampBot.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
            .Validate(o => o.UnavailableRetryAfter > TimeSpan.Zero, "Bot:UnavailableRetryAfter must be positive.")
            .ValidateOnStart();
        // Order matters: a redelivered activity is dropped before anything else runs.
        services.AddSingleton<IMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<IMiddleware>(sp => new ShowTypingMiddleware(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.TypingDelay, sp.GetRequiredService<TimeProvider>()));
        // One turn at a time per conversation: in this process unless the store registered a shared lock before.
        services.AddOptions<TurnLockOptions>();
        services.TryAddSingleton<ITurnLock, InProcessTurnLock>();
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.AddSingleton<BotAdapter>();
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        // /readyz runs the checks tagged "ready" (the store registers its own); /healthz runs none.
        services.AddHealthChecks();
        return services;
    }

    /// <summary>
    /// Forwarded headers (trusted proxies only), error pages as problem details (503 with Retry-After when the store is unreachable), <c>/healthz</c> (the
    /// process answers), <c>/readyz</c> (the checks tagged <see cref="ReadinessReport.ReadyTag"/>, e.g. the store,
    /// pass) and <c>POST /api/messages</c>.
    /// </summary>
    public static WebApplication MapBotMessaging(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.IsConfigured)
        {
            // First, so every limit keyed by the client address sees the address the trusted proxy reported.
            app.UseForwardedHeaders();
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessReport.ReadyTag),
            ResponseWriter = ReadinessReport.WriteAsync,
        });
        app.MapMessagesEndpoint();
        return app;
    }
}
