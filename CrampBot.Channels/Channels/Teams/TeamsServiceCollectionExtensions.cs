using IMiddleware = CrampBot.Builder.IMiddleware;

namespace CrampBot.Channels.Teams;

/// <summary>Registers the Teams behaviour of the turn pipeline.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Teams middleware as <see cref="IMiddleware"/> singletons, in pipeline order. Call it after the
    /// deduplication and typing middleware are registered (registration order is pipeline order): install welcome,
    /// group mention gate, mention removal, <c>adaptiveCard/action</c> as a message, long message splitting.
    /// Settings: configuration section <see cref="TeamsOptions.SectionName"/>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName)
            .Validate(options => options.MaxMessageLength >= 100, "Teams:MaxMessageLength must be at least 100 characters.")
            .ValidateOnStart();
        services.AddSingleton<IMiddleware, TeamsWelcomeMiddleware>();
        services.AddSingleton<IMiddleware, GroupMentionGateMiddleware>();
        services.AddSingleton<IMiddleware, MentionRemovalMiddleware>();
        services.AddSingleton<IMiddleware, AdaptiveCardActionMiddleware>();
        services.AddSingleton<IMiddleware, MessageSplitMiddleware>();
        return services;
    }
}
