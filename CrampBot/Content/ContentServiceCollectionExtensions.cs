using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrampBot.Content;

/// <summary>Wires the content into the app: <c>builder.Services.AddCrampBotContent(builder.Configuration)</c>.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates the content now, so a broken file or bad "Content" setting stops the app while services are
    /// added, with a clear message, instead of reaching a patient; registers the <see cref="ContentCatalog"/> singleton
    /// (telling its review status by the app's <see cref="TimeProvider"/>), and at startup refuses unreviewed or
    /// overdue content in Production (<see cref="ContentReviewPolicy"/>) and logs the review status.
    /// </summary>
    public static IServiceCollection AddCrampBotContent(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ContentOptions.SectionName);
        var loaded = ContentCatalog.Load(section.Get<ContentOptions>() ?? new ContentOptions());
        services.AddOptions<ContentOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentOptions>, ContentReviewPolicy>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => loaded.WithClock(provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentReviewStartupReport>();
        return services;
    }
}
