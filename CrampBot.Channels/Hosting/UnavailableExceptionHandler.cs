using CrampBot.Builder;
using CrampBot.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CrampBot.Hosting;

/// <summary>
/// Turns "try again later" failures into 503 with <c>Retry-After</c> on every endpoint (messages, Direct Line): the
/// store could not be reached (<see cref="StorageUnavailableException"/>) or the conversation's previous turn held the
/// lock too long (<see cref="TurnLockTimeoutException"/>). Nothing of the turn was saved, so a channel's redelivery is
/// processed normally. Anything else is left to the default handler (500).
/// </summary>
public sealed partial class UnavailableExceptionHandler(
    IProblemDetailsService problemDetails,
    IOptions<BotOptions> options,
    ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (title, detail) = exception switch
        {
            StorageUnavailableException unavailable => ("Store unavailable", $"The {unavailable.Store} store cannot be reached; nothing was saved. Send the activity again later."),
            TurnLockTimeoutException => ("Conversation busy", "The conversation's previous turn is still running. Send the activity again later."),
            _ => (null, null),
        };
        if (title is null)
        {
            return false;
        }
        LogUnavailable(exception.GetType().Name, exception.InnerException?.GetType().Name, httpContext.Request.Path);
        var retryAfter = Math.Max(1, (int)Math.Ceiling(options.Value.UnavailableRetryAfter.TotalSeconds));
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Answered 503 to {Path}: {ExceptionType} ({InnerType})")]
    private partial void LogUnavailable(string exceptionType, string? innerType, string path);
}
