using CrampBot.Builder;
using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using CrampBot.Channels.Teams;
using CrampBot.Channels.WebChat;
using CrampBot.Content;
using CrampBot.Conversation;
using CrampBot.Understanding;
using IMiddleware = CrampBot.Builder.IMiddleware;
using CrampBot.Storage;
using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>Registers and maps everything CrampBot needs; Program.cs is these two calls.</summary>
public static class CrampBotHostingExtensions
{
    public static WebApplicationBuilder AddCrampBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddProblemDetails();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxActivityBytes > 0, "Bot:MaxActivityBytes must be positive.")
            .Validate(o => o.TypingDelay >= TimeSpan.Zero, "Bot:TypingDelay must not be negative.")
            .ValidateOnStart();
        services.AddBotStorage();
        services.AddBotAuthentication(configuration);
        services.AddBotConnector();
        services.AddCrampBotContent().AddCrampBotUnderstanding();
        // Order matters: a redelivered activity is dropped before anything else runs.
        services.AddSingleton<IMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<IMiddleware>(sp => new ShowTypingMiddleware(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.TypingDelay, sp.GetRequiredService<TimeProvider>()));
        // Teams behaviour runs after deduplication and the typing indicator (see TeamsServiceCollectionExtensions).
        services.AddTeamsChannel();
        services.AddSingleton<BotAdapter>();
        services.AddOptions<BotAdapterOptions>().Configure<ContentCatalog>((options, content) => options.TurnErrorReply = content.Messages.TurnError);
        services.AddSingleton<IWebChatPanelContent, ContentWebChatPanel>();
        services.AddCrampConversation();
        return builder;
    }

    public static WebApplication MapCrampBot(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapMessagesEndpoint();
        return app;
    }
}
