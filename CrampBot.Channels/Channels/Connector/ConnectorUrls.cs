namespace CrampBot.Channels.Connector;

/// <summary>Checks a channel's serviceUrl and builds the v3 REST addresses below it.</summary>
internal static class ConnectorUrls
{
    /// <summary>The serviceUrl as an absolute http(s) URI, or <see cref="InvalidServiceUrlException"/>.</summary>
    public static Uri ParseServiceUrl(string? serviceUrl) =>
        Problem(serviceUrl, out var uri) is { } problem ? throw new InvalidServiceUrlException(problem) : uri!;

    /// <summary>True when replies can be posted to <paramref name="serviceUrl"/> (what <see cref="ParseServiceUrl"/> accepts).</summary>
    public static bool IsValidServiceUrl(string? serviceUrl) => Problem(serviceUrl, out _) is null;

    private static string? Problem(string? serviceUrl, out Uri? uri)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity's serviceUrl is missing or not an absolute http(s) URL.";
        }
        // Credentials in the URL would be sent to whoever the activity names.
        return uri.UserInfo.Length > 0 ? "The activity's serviceUrl must not carry user information." : null;
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>. Joined as text, not with
    /// <c>new Uri(base, relative)</c>, which drops the last path segment of a serviceUrl without trailing slash
    /// (<c>/_connector</c>), and with trailing slashes trimmed so no <c>//</c> appears; both give 404 at the connector.
    /// </summary>
    public static Uri Activities(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var root = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var address = $"{root}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            address += "/" + Uri.EscapeDataString(replyToId);
        }
        return new Uri(address, UriKind.Absolute);
    }
}
