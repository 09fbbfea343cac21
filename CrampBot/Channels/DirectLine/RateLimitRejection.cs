using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CrampBot.Channels.DirectLine;

/// <summary>Answers a rate-limited request: 429, <c>Retry-After</c> in seconds, and a problem+json body.</summary>
public static class RateLimitRejection
{
    /// <summary>Writes the 429 answer for <paramref name="context"/>; <paramref name="window"/> is the fallback wait.</summary>
    public static async ValueTask WriteAsync(OnRejectedContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"Slow down: try again in {seconds} s.")
            .ExecuteAsync(context.HttpContext);
    }
}
