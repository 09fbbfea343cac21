using Microsoft.Extensions.Options;

namespace CrampBot.Content;

/// <summary>
/// Says once at startup whether the content being served is reviewed, and warns when review settings are ignored
/// because they name another content version. Logs versions and dates only: no reviewer name, nothing a patient wrote.
/// </summary>
internal sealed partial class ContentReviewStartupReport(
    ContentCatalog content,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ILogger<ContentReviewStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (content.Review is null && settings.HasReviewSettings)
        {
            LogReviewIgnored(logger, settings.ReviewedVersion?.Trim() is { Length: > 0 } version ? version : "(not set)", content.Version);
        }

        switch (content.ReviewStatus)
        {
            case ContentReviewStatus.Reviewed:
                LogReviewed(logger, content.Version, content.Review!.ReviewedOn, content.Review.NextReviewDate);
                break;
            case ContentReviewStatus.Overdue:
                LogOverdue(logger, content.Version, content.Review!.NextReviewDate);
                break;
            default:
                LogUnreviewed(logger, content.Version);
                break;
        }

        if (content.ReviewStatus != ContentReviewStatus.Reviewed && environment.IsProduction())
        {
            LogAllowedInProduction(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Content review settings are for content version {ReviewedVersion} but the content is version {ContentVersion}: they are ignored and the content counts as unreviewed")]
    private static partial void LogReviewIgnored(ILogger logger, string reviewedVersion, string contentVersion);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "Content version {ContentVersion} was clinically reviewed on {ReviewedOn}; next review due by {NextReviewDate}")]
    private static partial void LogReviewed(ILogger logger, string contentVersion, DateOnly reviewedOn, DateOnly nextReviewDate);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "Content version {ContentVersion}: its clinical review ran out on {NextReviewDate}; every answer says so")]
    private static partial void LogOverdue(ILogger logger, string contentVersion, DateOnly nextReviewDate);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Warning, Message = "Content version {ContentVersion} has no clinical review that applies to it; every answer says so")]
    private static partial void LogUnreviewed(ILogger logger, string contentVersion);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Warning, Message = "Serving content that is not clinically reviewed in Production because Content:AllowUnreviewed is true")]
    private static partial void LogAllowedInProduction(ILogger logger);
}
