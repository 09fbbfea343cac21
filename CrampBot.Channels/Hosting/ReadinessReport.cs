using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrampBot.Hosting;

/// <summary>
/// The body of <c>/readyz</c>: the overall status and, per check, its status, time taken and description (never an
/// exception message, which could carry connection details). 200 when every check passes, 503 otherwise.
/// </summary>
public static class ReadinessReport
{
    /// <summary>The tag of the health checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="report"/> as JSON.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                description = entry.Value.Description,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
