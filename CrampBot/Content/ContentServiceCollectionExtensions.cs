using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrampBot.Content;

/// <summary>Wires the content into the app: <c>builder.Services.AddCrampBotContent()</c>.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Content" section and registers the <see cref="ContentCatalog"/> singleton (telling its review status
    /// by the app's <see cref="TimeProvider"/>). At startup the content is loaded and validated, so a broken file or bad
    /// "Content" setting stops the app with a clear message instead of reaching a patient; in Production unreviewed or
    /// overdue content is refused (<see cref="ContentReviewPolicy"/>), and the review status is logged.
    /// </summary>
    public static IServiceCollection AddCrampBotContent(this IServiceCollection services)
    {
        // Validating the options loads the content (ContentReviewPolicy): a broken file or setting stops the start.
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentOptions>, ContentReviewPolicy>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => ContentCatalog.Load(provider.GetRequiredService<IOptions<ContentOptions>>().Value)
            .WithClock(provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentReviewStartupReport>();
        return services;
    }
}
