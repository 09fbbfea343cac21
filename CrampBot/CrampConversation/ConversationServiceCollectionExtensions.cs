using CrampBot.Channels.WebChat;
using CrampBot.Content;
using CrampBot.Hosting;
using CrampBot.Builder;

namespace CrampBot.CrampConversation;

/// <summary>Registers the cramp conversation as the app's <see cref="IBot"/>.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddCrampConversation(this IServiceCollection services)
    {
        // What the channels and the core say in the app's name comes from the content too.
        services.AddOptions<BotAdapterOptions>().Configure<ContentCatalog>((options, content) => options.TurnErrorReply = content.Messages.TurnError);
        services.AddSingleton<IWebChatPanelContent, ContentWebChatPanel>();
        services.AddSingleton<ILimitNotices, ContentLimitNotices>();
        services.AddSingleton<CrampReplies>();
        services.AddSingleton<TriageTelemetry>();
        services.AddSingleton<PatientData>();
        services.AddSingleton<JustShown>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<IBot, CrampConversationBot>();
        return services;
    }
}
