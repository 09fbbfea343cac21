using System.Reflection;
using System.Text.RegularExpressions;
using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using CrampBot.Channels.DirectLine;
using CrampBot.Channels.Teams;
using CrampBot.Channels.WebChat;
using CrampBot.Content;
using CrampBot.Hosting;
using CrampBot.Storage;
using CrampBot.Understanding;

namespace CrampBot.Deployment.Tests;

/// <summary>
/// The configuration keys CrampBot reads: every settable property of the options classes it binds, under the section
/// each is bound from, and the few keys the ASP.NET Core host and Azure libraries read. An app setting is read when its
/// name (with <c>__</c> as <c>:</c>, as ASP.NET Core maps environment variables) is one of them.
/// </summary>
internal static partial class ConfigurationKeys
{
    private static readonly (string Section, Type Options)[] BoundOptions =
    [
        // The Bot Framework SDK's names, bound from the configuration root (AddBotAuthentication).
        ("", typeof(BotAuthenticationOptions)),
        (BotOptions.SectionName, typeof(BotOptions)),
        (StorageOptions.SectionName, typeof(StorageOptions)),
        (ContentOptions.SectionName, typeof(ContentOptions)),
        (DirectLineOptions.SectionName, typeof(DirectLineOptions)),
        (WebChatOptions.SectionName, typeof(WebChatOptions)),
        (TeamsOptions.SectionName, typeof(TeamsOptions)),
        (ConnectorOptions.SectionName, typeof(ConnectorOptions)),
        (RecognizerOptions.SectionName, typeof(RecognizerOptions)),
    ];

    private static readonly string[] ReadOutsideOptions =
    [
        // The ASP.NET Core host: the environment (Production enforces the clinical review) and the forwarded headers
        // (X-Forwarded-Proto behind App Service's TLS front end).
        "ASPNETCORE_ENVIRONMENT",
        "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
        // Azure.Identity's DefaultAzureCredential (the Blob store with Storage:Blob:ServiceUri): which managed identity.
        "AZURE_CLIENT_ID",
        // The Direct Line CORS policy: the clinic sites that embed the widget.
        DirectLineCors.AllowedOriginsKey,
        // Hosting/TelemetryServiceCollectionExtensions: the Azure Monitor exporter.
        TelemetryServiceCollectionExtensions.ApplicationInsightsConnectionStringKey,
    ];

    public static IReadOnlySet<string> All { get; } = Collect();

    /// <summary>True when CrampBot reads the app setting (environment variable) <paramref name="name"/>.</summary>
    public static bool IsRead(string name) =>
        All.Contains(ListIndex().Replace(name.Replace("__", ":", StringComparison.Ordinal), ""));

    // A list setting is given one item a key: WebChat:AllowedOrigins:0, WebChat:AllowedOrigins:1, ...
    [GeneratedRegex(@":\d+$")]
    private static partial Regex ListIndex();

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(ReadOutsideOptions, StringComparer.OrdinalIgnoreCase);
        foreach (var (section, options) in BoundOptions)
        {
            AddProperties(keys, section, options);
        }
        return keys;
    }

    private static void AddProperties(HashSet<string> keys, string prefix, Type options)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(property => property.SetMethod?.IsPublic == true))
        {
            var key = prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}";
            if (IsNestedOptions(property.PropertyType))
            {
                AddProperties(keys, key, property.PropertyType);
            }
            else
            {
                keys.Add(key);
            }
        }
    }

    // A class of our own (e.g. StorageOptions.Redis) is a subsection; strings, URIs, numbers, times and lists are values.
    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("CrampBot", StringComparison.Ordinal) == true;
}
