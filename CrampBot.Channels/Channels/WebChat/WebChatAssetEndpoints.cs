using Microsoft.Net.Http.Headers;

namespace CrampBot.Channels.WebChat;

/// <summary>
/// Serves the demo page (<c>/</c>), <c>/widget.js</c>, <c>/widget.css</c> and the Web Chat bundle, compressed
/// (brotli or gzip, as the browser accepts) and cacheable: versioned URLs for a year, the rest revalidated by ETag.
/// </summary>
public static class WebChatAssetEndpoints
{
    private const string Revalidate = "no-cache";
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Maps the asset endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, WebChatAssets assets) =>
            Serve(http, assets.GetFile("index.html", "text/html; charset=utf-8"), Revalidate));
        endpoints.MapGet("/widget.js", (HttpContext http, WebChatAssets assets) =>
            Serve(http, assets.GetWidgetScript(), Revalidate));
        endpoints.MapGet(WebChatAssets.StylePath, (HttpContext http, WebChatAssets assets) =>
        {
            var style = assets.GetFile("widget.css", "text/css; charset=utf-8");
            return Serve(http, style, CacheFor(http, style?.Version));
        });
        endpoints.MapGet(WebChatAssets.BundlePath, async (HttpContext http, WebChatAssets assets) =>
        {
            var bundle = await assets.GetBundleAsync();
            return bundle is null
                ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Web Chat bundle missing",
                    detail: "Run 'npm ci' in CrampBot/webchat, or build the project with npm installed.")
                : Serve(http, bundle, CacheFor(http, bundle.Version));
        });
    }

    // Only the URL that names the current version may be cached for good.
    private static string CacheFor(HttpContext http, string? version) =>
        version is not null && http.Request.Query["v"] == version ? Immutable : Revalidate;

    private static IResult Serve(HttpContext http, WebChatAsset? asset, string cacheControl)
    {
        if (asset is null)
        {
            return Results.NotFound();
        }
        var headers = http.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Contains(asset.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var accepted = http.Request.GetTypedHeaders().AcceptEncoding
            .Where(encoding => encoding.Quality is not 0)
            .Select(encoding => encoding.Value.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (bytes, encoding) = accepted.Contains("br") ? (asset.Brotli, "br")
            : accepted.Contains("gzip") ? (asset.Gzip, "gzip")
            : (asset.Identity, null);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }
        return Results.Bytes(bytes, asset.ContentType);
    }
}
