using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.Hosting;

namespace CrampBot.Channels.DirectLine;

/// <summary>Reads a small JSON object body with a size cap; every way it can be wrong is a 4xx, never a 500.</summary>
public static class DirectLineRequestBody
{
    /// <summary>The body as a JSON object (null when empty), or the error to answer.</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineProblems.TooLarge(maxBytes));
        }
        byte[] bytes;
        try
        {
            bytes = await ReadCappedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, DirectLineProblems.TooLarge(maxBytes));
        }
        catch (BadHttpRequestException)
        {
            return (null, DirectLineProblems.BadRequest("The request body could not be read."));
        }
        if (bytes.Length == 0 || bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, null);
        }
        if (JsonText.HasUnreadableText(bytes))
        {
            return (null, DirectLineProblems.BadRequest("The body holds a property name twice, or text that is not valid UTF-8 or UTF-16 (a lone surrogate?)."));
        }
        try
        {
            return JsonNode.Parse(bytes) is JsonObject body
                ? (body, null)
                : (null, DirectLineProblems.BadRequest("The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineProblems.BadRequest("The body is not valid JSON."));
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException("Body too large.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
