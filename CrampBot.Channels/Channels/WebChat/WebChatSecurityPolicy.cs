using CrampBot.Channels.DirectLine;

namespace CrampBot.Channels.WebChat;

/// <summary>
/// The security headers of every response CrampBot serves: <c>X-Content-Type-Options: nosniff</c>,
/// <c>Referrer-Policy: no-referrer</c>, and a Content-Security-Policy. HTML pages (the demo clinic page) get the
/// policy the widget and the Web Chat bundle need and nothing more: scripts and styles from this origin only,
/// inline styles (Web Chat's CSS-in-JS writes <c>&lt;style&gt;</c> elements, the Adaptive Cards renderer style
/// attributes), images from this origin, <c>data:</c> and <c>blob:</c>, connections to this origin (Direct Line over
/// HTTPS and its WebSocket stream), no plugins, no forms, no base URL, and framing only by this origin and the
/// <c>WebChat:FrameAncestors</c> sites. Everything else (JSON, scripts, styles) gets <c>default-src 'none'</c>.
/// </summary>
public sealed class WebChatSecurityPolicy
{
    /// <summary>The configuration key of the sites allowed to show CrampBot's pages in a frame.</summary>
    public const string FrameAncestorsKey = "WebChat:FrameAncestors";

    /// <summary>The policy of anything that is not an HTML page: nothing may load, and nobody may frame it.</summary>
    public const string NonPagePolicy = "default-src 'none'; frame-ancestors 'none'";

    private readonly string _frameAncestors;

    /// <exception cref="InvalidOperationException">A <c>WebChat:FrameAncestors</c> entry is not an http(s) origin.</exception>
    public WebChatSecurityPolicy(IConfiguration configuration)
    {
        var origins = DirectLineCors.ReadOrigins(configuration, FrameAncestorsKey);
        var invalid = origins.Where(origin => !IsOrigin(origin)).ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException(
                $"{FrameAncestorsKey} must list origins such as https://www.example-clinic.org; not: {string.Join(", ", invalid)}");
        }
        _frameAncestors = string.Join(' ', ["'self'", .. origins]);
    }

    /// <summary>The Content-Security-Policy of an HTML page answering <paramref name="request"/>.</summary>
    public string PagePolicy(HttpRequest request)
    {
        // 'self' covers ws:/wss: of the same host in current browsers; the explicit source keeps older ones working.
        var socket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            $"connect-src 'self' {socket}",
            "base-uri 'none'",
            "form-action 'none'",
            $"frame-ancestors {_frameAncestors}");
    }

    /// <summary>Adds the headers to <paramref name="response"/> (its content type decides which policy).</summary>
    public void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        var isPage = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        headers.ContentSecurityPolicy = isPage ? PagePolicy(response.HttpContext.Request) : NonPagePolicy;
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.PathAndQuery == "/" && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !value.Contains('\'', StringComparison.Ordinal);
}
