using CrampBot.Builder;
using CrampBot.Storage;
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
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxActivityBytes > 0, "Bot:MaxActivityBytes must be positive.")
            .Validate(o => o.TypingDelay >= TimeSpan.Zero, "Bot:TypingDelay must not be negative.")
            .ValidateOnStart();
        // Order matters: a redelivered activity is dropped before anything else runs. The record of ids is conversation
        // data: it is kept as long as the conversation's state (when the app registered one), and "forget me" deletes it.
        services.AddSingleton<IMiddleware>(sp => new DeduplicationMiddleware(
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<ILogger<DeduplicationMiddleware>>(),
            sp.GetService<ConversationState>()?.Retention ?? TimeSpan.Zero));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationEraser, DeduplicationRecordEraser>());
        services.AddSingleton<IMiddleware>(sp => new ShowTypingMiddleware(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.TypingDelay, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotAdapter>();
        return services;
    }

    /// <summary>Error pages as problem details, <c>/healthz</c> and <c>POST /api/messages</c>.</summary>
    public static WebApplication MapBotMessaging(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapMessagesEndpoint();
        return app;
    }
}
