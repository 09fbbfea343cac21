using Microsoft.Extensions.Options;
using CrampBot.Content;

namespace CrampBot.Understanding;

/// <summary>Wires the recognizer: <c>builder.Services.AddCrampBotUnderstanding()</c>.</summary>
public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content catalog (when not yet registered) and a singleton <see cref="CrampRecognizer"/>;
    /// thresholds come from the "Understanding" configuration section, checked at startup.
    /// </summary>
    public static IServiceCollection AddCrampBotUnderstanding(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(ContentCatalog)))
        {
            services.AddCrampBotContent();
        }

        services.AddOptions<RecognizerOptions>().BindConfiguration(RecognizerOptions.SectionName)
            .Validate(RecognizerOptions.AreValid, RecognizerOptions.Rule)
            .ValidateOnStart();
        services.AddSingleton(sp => new CrampRecognizer(sp.GetRequiredService<ContentCatalog>(), sp.GetRequiredService<IOptions<RecognizerOptions>>().Value));
        return services;
    }
}
