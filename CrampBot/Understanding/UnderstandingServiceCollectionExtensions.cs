using CrampBot.Content;

namespace CrampBot.Understanding;

/// <summary>Wires the recognizer: <c>builder.Services.AddCrampBotUnderstanding(builder.Configuration)</c>.</summary>
public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content catalog (when not yet registered) and a singleton <see cref="CrampRecognizer"/>;
    /// thresholds come from the "Understanding" configuration section.
    /// </summary>
    public static IServiceCollection AddCrampBotUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(s => s.ServiceType == typeof(ContentCatalog))) services.AddCrampBotContent(configuration);
        var options = configuration.GetSection("Understanding").Get<RecognizerOptions>() ?? new RecognizerOptions();
        services.AddSingleton(sp => new CrampRecognizer(sp.GetRequiredService<ContentCatalog>(), options));
        return services;
    }
}
