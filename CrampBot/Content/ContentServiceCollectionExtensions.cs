using Microsoft.Extensions.Options;

namespace CrampBot.Content;

/// <summary>Wires the content into the app: <c>builder.Services.AddCrampBotContent(builder.Configuration)</c>.</summary>
public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates the content now, so a broken file or bad "Content" setting stops the app at startup
    /// with a clear message instead of reaching a patient; registers the <see cref="ContentCatalog"/> singleton.
    /// </summary>
    public static IServiceCollection AddCrampBotContent(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(ContentCatalog.Load(options));
        return services;
    }
}
