namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The CORS policy of Direct Line and the widget endpoints: only the clinic sites listed in
/// <c>WebChat:AllowedOrigins</c> (a list, or one string separated by commas/semicolons) may call them from a
/// browser. Pages served by CrampBot itself are same-origin and need no entry.
/// </summary>
public static class DirectLineCors
{
    /// <summary>The policy name endpoints refer to.</summary>
    public const string PolicyName = "CrampBot.WebChat";

    /// <summary>The configuration key of the allowed origins.</summary>
    public const string AllowedOriginsKey = "WebChat:AllowedOrigins";

    /// <summary>The configured origins, normalised (no trailing slash), without duplicates.</summary>
    public static string[] ReadAllowedOrigins(IConfiguration configuration) => ReadOrigins(configuration, AllowedOriginsKey);

    /// <summary>A configured list of origins under <paramref name="key"/>, normalised (no trailing slash), without duplicates.</summary>
    public static string[] ReadOrigins(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(child => child.Value).Append(section.Value);
        return values
            .SelectMany(value => (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(origin => origin.TrimEnd('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}
