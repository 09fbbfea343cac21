using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrampBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace CrampBot.Channels.WebChat;

/// <summary>
/// The widget's files: the demo page, <c>widget.js</c> (with the branding injected), <c>widget.css</c> from wwwroot,
/// and the official Web Chat bundle installed by npm (copied to the output as <c>webchat/webchat.js</c> by the build).
/// Each is read and compressed once; wwwroot files are re-read when they change on disk.
/// </summary>
public sealed partial class WebChatAssets
{
    /// <summary>Where the Web Chat bundle is served.</summary>
    public const string BundlePath = "/webchat/webchat.js";

    /// <summary>Where the widget's styles are served.</summary>
    public const string StylePath = "/widget.css";

    private const string SettingsPlaceholder = "/*crampbot:settings*/null";

    private readonly IWebHostEnvironment _environment;
    private readonly WebChatBrandingOptions _branding;
    private readonly IWebChatPanelContent _panel;
    private readonly ILogger<WebChatAssets> _logger;
    private readonly Lazy<byte[]?> _bundleBytes;
    private readonly Lazy<Task<WebChatAsset?>> _bundle;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Modified, WebChatAsset Asset)> _files = new(StringComparer.Ordinal);

    public WebChatAssets(IWebHostEnvironment environment, IOptions<WebChatOptions> options, IWebChatPanelContent panel, ILogger<WebChatAssets> logger)
    {
        _environment = environment;
        _branding = options.Value.Branding;
        _panel = panel;
        _logger = logger;
        _bundleBytes = new Lazy<byte[]?>(ReadBundle);
        _bundle = new Lazy<Task<WebChatAsset?>>(() => Task.Run(() => _bundleBytes.Value is { } bytes ? WebChatAsset.Create(bytes, "text/javascript; charset=utf-8") : null));
    }

    /// <summary>The Web Chat bundle, or null when npm has not installed it.</summary>
    public Task<WebChatAsset?> GetBundleAsync() => _bundle.Value;

    /// <summary>The version of the Web Chat bundle (cache-busting query), or null when it is missing.</summary>
    public string? BundleVersion => _bundleBytes.Value is { } bytes ? WebChatAsset.VersionOf(bytes) : null;

    /// <summary>A file of wwwroot, or null when it does not exist.</summary>
    public WebChatAsset? GetFile(string name, string contentType) => Load(name, name, contentType, transform: null);

    /// <summary><c>widget.js</c> with the branding and paths written in, so the widget needs no extra request.</summary>
    public WebChatAsset? GetWidgetScript()
    {
        // Start compressing the bundle now: the patient will likely open the chat soon after the page loaded.
        _ = _bundle.Value;
        var settings = JsonSerializer.Serialize(Settings(), JsonSerializerOptions.Web);
        return Load("widget.js", "widget.js|" + settings, "text/javascript; charset=utf-8", source => source.Replace(SettingsPlaceholder, settings, StringComparison.Ordinal));
    }

    private WebChatWidgetSettings Settings()
    {
        var style = GetFile("widget.css", "text/css; charset=utf-8");
        return new WebChatWidgetSettings(
            _branding.ClinicName,
            _branding.AssistantName,
            _branding.Welcome.Replace("{emergencyNumber}", _panel.EmergencyNumber, StringComparison.Ordinal),
            _branding.LauncherLabel,
            Colour(_branding.PrimaryColor, "#0b5cad"),
            Colour(_branding.PrimaryTextColor, "#ffffff"),
            _branding.Locale,
            WebChatTokenEndpoint.Path,
            DirectLineEndpoints.BasePath,
            BundlePath + "?v=" + BundleVersion,
            StylePath + "?v=" + style?.Version,
            // Read per request: a review that runs out while the app runs shows up at the next page load.
            _panel.Notice);
    }

    // Colours go into CSS: anything but a hex colour is dropped, so settings cannot inject style rules.
    private string Colour(string configured, string fallback)
    {
        if (HexColour().IsMatch(configured))
        {
            return configured;
        }
        LogBadColour(_logger, configured);
        return fallback;
    }

    // `key` names the cached result: the file plus whatever the transform writes into it.
    private WebChatAsset? Load(string name, string key, string contentType, Func<string, string>? transform)
    {
        var file = _environment.WebRootFileProvider.GetFileInfo(name);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return null;
        }
        if (_files.TryGetValue(key, out var cached) && cached.Modified == file.LastModified)
        {
            return cached.Asset;
        }
        var text = File.ReadAllText(file.PhysicalPath, Encoding.UTF8);
        var asset = WebChatAsset.Create(Encoding.UTF8.GetBytes(transform is null ? text : transform(text)), contentType);
        _files[key] = (file.LastModified, asset);
        return asset;
    }

    private byte[]? ReadBundle()
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js"),
            Path.Combine(_environment.ContentRootPath, "webchat", "node_modules", "botframework-webchat", "dist", "webchat.js"),
        ];
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            LogBundleMissing(_logger);
            return null;
        }
        return File.ReadAllBytes(found);
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    [LoggerMessage(EventId = 4210, Level = LogLevel.Error, Message = "The Web Chat bundle is missing: run 'npm ci' in CrampBot/webchat (the build does it when npm is installed)")]
    private static partial void LogBundleMissing(ILogger logger);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Warning, Message = "WebChat:Branding colour '{Colour}' is not #rgb or #rrggbb; using the default")]
    private static partial void LogBadColour(ILogger logger, string colour);
}
