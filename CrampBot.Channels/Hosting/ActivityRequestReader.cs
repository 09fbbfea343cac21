using System.Buffers;
using System.Text.Json;
using CrampBot.Protocol;

namespace CrampBot.Hosting;

/// <summary>
/// Reads an activity from an HTTP request and checks the parts every turn depends on. Every failure becomes a 4xx
/// problem, so malformed input can never reach the bot or its stored state.
/// </summary>
public static class ActivityRequestReader
{
    /// <summary>The activity, or the problem to answer with (<paramref name="TooLarge"/>: the body exceeded the limit).</summary>
    public readonly record struct ReadResult(Activity? Activity, IResult? Problem, bool TooLarge = false);

    public static async Task<ReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the activity as application/json.");
        }
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        var body = request.ContentLength is { } length
            ? await ReadExactAsync(request.Body, (int)length, cancellationToken)
            : await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }
        if (JsonText.HasUnreadableText(body))
        {
            return Fail(StatusCodes.Status400BadRequest, "Malformed activity", "The body holds a property name twice, or text that is not valid UTF-8 or UTF-16 (a lone surrogate?).");
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            // The exception names the JSON path and position only, never the content.
            return Fail(StatusCodes.Status400BadRequest, "Malformed activity", $"The body is not a valid activity ({exception.Path ?? "root"}, line {exception.LineNumber}).");
        }
        if (activity is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "Malformed activity", "The body must be a JSON object.");
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Fail(StatusCodes.Status400BadRequest, "Missing activity type", "The activity has no 'type'.");
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Fail(StatusCodes.Status400BadRequest, "Missing conversation", "The activity has no 'conversation.id'.");
        }
        return new ReadResult(activity, null);
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }
        var subtype = mediaType.SubType.Value ?? string.Empty;
        return mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            && (subtype.Equals("json", StringComparison.OrdinalIgnoreCase) || subtype.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    // With a Content-Length (already checked against the limit) the body is read straight into an array of that size:
    // no 16 KB chunk to clear and no copy on every request. The server ends the body at that length.
    private static async Task<byte[]> ReadExactAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }
        return filled == length ? bytes : bytes[..filled];
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        // Chunked requests have no Content-Length, so the limit is enforced while reading.
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static ReadResult TooLarge(int maxBytes) =>
        Fail(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"Activities are limited to {maxBytes} bytes.") with { TooLarge = true };

    private static ReadResult Fail(int status, string title, string detail) =>
        new(null, Results.Problem(statusCode: status, title: title, detail: detail));
}
