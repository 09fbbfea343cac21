using System.Net.Http.Headers;
using System.Text.Json;
using CrampBot.Protocol;
using Polly.Timeout;
using CrampBot.Builder;

namespace CrampBot.Channels.Connector;

/// <summary>
/// Bot Connector REST client (typed <see cref="HttpClient"/>): posts activities to
/// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>. Retries and timeouts come from the
/// resilience handler registered by <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, IAccessTokenProvider tokenProvider, ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = ConnectorUrls.ParseServiceUrl(activity.ServiceUrl);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, ConnectorUrls.Activities(serviceUrl, conversationId, activity.ReplyToId));
        // Buffered bytes (not a streamed JsonContent) so each retry re-sends the same body with a Content-Length.
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        request.Content.Headers.ContentType = JsonMediaType;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var token = await tokenProvider.GetAccessTokenAsync(activity.ServiceUrl!, cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await SendWithRetriesAsync(request, activity.Type, conversationId, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
            ConnectorLog.Refused(logger, activity.Type, LogIds.Hash(conversationId)!, response.StatusCode, errorCode);
            throw new ConnectorException(
                $"The Bot Connector answered {(int)response.StatusCode} {response.StatusCode}{(errorCode is null ? "" : $" ({errorCode})")}.",
                response.StatusCode, errorCode);
        }

        var id = await ReadResourceIdAsync(response, cancellationToken);
        ConnectorLog.Sent(logger, activity.Type, LogIds.Hash(conversationId)!, (int)response.StatusCode, id);
        return new ResourceResponse(id);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpRequestMessage request, string? activityType, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException timeout)
        {
            ConnectorLog.Unreachable(logger, timeout, activityType, LogIds.Hash(conversationId)!);
            throw new ConnectorException("The Bot Connector did not answer in time.", innerException: timeout);
        }
        catch (HttpRequestException failure)
        {
            ConnectorLog.Unreachable(logger, failure, activityType, LogIds.Hash(conversationId)!);
            throw new ConnectorException("The Bot Connector could not be reached.", failure.StatusCode, innerException: failure);
        }
    }

    /// <summary>
    /// The id from a 200/201 body <c>{"id":".."}</c>; empty for 202 (typing) or a body without one. A missing id is not
    /// an error: the connector took the activity, and failing here would make callers send it twice.
    /// </summary>
    private static async Task<string> ReadResourceIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return string.Empty;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()!
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// <c>error.code</c> of an error body, when it is a short identifier. The free-text <c>error.message</c> is not
    /// kept: a connector may quote the activity back in it.
    /// </summary>
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && code.GetString() is { Length: > 0 and <= 64 } text && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
