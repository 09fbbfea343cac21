using CrampBot.Builder;

namespace CrampBot.Conversation;

/// <summary>Registers the cramp conversation as the app's <see cref="IBot"/>.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddCrampConversation(this IServiceCollection services)
    {
        services.AddSingleton<CrampReplies>();
        services.AddSingleton<PatientData>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<IBot, CrampConversationBot>();
        return services;
    }
}
