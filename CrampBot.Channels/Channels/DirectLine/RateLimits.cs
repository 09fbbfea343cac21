using System.Globalization;
using System.Threading.RateLimiting;
using CrampBot.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// What the Direct Line and widget rate limit policies share: a fixed window per key, and the answer to a refused
/// request (429, <c>Retry-After</c> in seconds, problem+json).
/// </summary>
public static class RateLimits
{
    /// <summary>A fixed window of <paramref name="permits"/> per <paramref name="window"/> for <paramref name="key"/>, no queueing.</summary>
    public static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>Writes the 429 answer for <paramref name="context"/>; <paramref name="window"/> is the fallback wait.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        await TooManyRequests(context.HttpContext, wait, EndpointName(context.HttpContext.Request.Path), RequestLimit.RequestRate).ExecuteAsync(context.HttpContext);
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least 1) and problem+json; counts the refusal.</summary>
    public static IResult TooManyRequests(HttpContext http, TimeSpan wait, string endpoint, RequestLimit limit)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetService<LimitTelemetry>()?.Refused(limit, endpoint);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Slow down: try again in {seconds} s.",
            extensions: new Dictionary<string, object?> { ["limit"] = RequestLimitProblems.Name(limit) });
    }

    /// <summary>The endpoint name refusals are counted under.</summary>
    public static string EndpointName(PathString path) =>
        path.StartsWithSegments(DirectLineEndpoints.BasePath) ? "directline"
        : path.StartsWithSegments("/api/messages") ? "messages"
        : "webchat_token";
}
