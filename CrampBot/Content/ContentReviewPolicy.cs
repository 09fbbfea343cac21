using Microsoft.Extensions.Options;

namespace CrampBot.Content;

/// <summary>
/// Production serves only content a clinician has reviewed, in this version and not past its next review date: any
/// other content stops the app at startup with the setting to fix, unless <c>Content:AllowUnreviewed</c> records that
/// someone chose to serve it anyway. Other environments serve it, and every answer carries the notice.
/// </summary>
internal sealed partial class ContentReviewPolicy(TimeProvider clock, IHostEnvironment environment, ILogger<ContentReviewPolicy> logger)
    : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        // Loaded from the options being validated (not the registered catalog, which is built from these very options):
        // a broken file or setting throws here, at startup, with its message.
        var content = ContentCatalog.Load(options).WithClock(clock);
        if (!environment.IsProduction() || options.AllowUnreviewed)
        {
            return ValidateOptionsResult.Success;
        }

        var problem = content.ReviewStatus switch
        {
            ContentReviewStatus.Reviewed => null,
            ContentReviewStatus.Overdue =>
                $"The clinical review of content version {content.Version} ran out on {content.Review!.NextReviewDate:yyyy-MM-dd} " +
                "(Content:NextReviewDate). Once a clinician has reviewed it again, update Content:ReviewedOn and Content:NextReviewDate",
            _ =>
                $"{WhyUnreviewed(options, content.Version)} Once a clinician has reviewed content version {content.Version}, set Content:Reviewer, " +
                $"Content:ReviewedOn, Content:NextReviewDate and Content:ReviewedVersion={content.Version}",
        };
        if (problem is null)
        {
            return ValidateOptionsResult.Success;
        }

        problem += $"; or set Content:AllowUnreviewed=true to serve it with \"{content.ReviewNotice}\" under every answer.";
        LogRefused(logger, problem);
        return ValidateOptionsResult.Fail("Production serves only clinically reviewed content. " + problem);
    }

    private static string WhyUnreviewed(ContentOptions options, string version) =>
        string.IsNullOrWhiteSpace(options.ReviewedVersion)
            ? options.HasReviewSettings
                ? "Content:ReviewedVersion is not set, so the review settings do not apply."
                : "No clinical review is configured (Content:Reviewer, Content:ReviewedOn, Content:NextReviewDate, Content:ReviewedVersion)."
            : $"Content:ReviewedVersion is {options.ReviewedVersion.Trim()} but the content is version {version}, so that review does not apply.";

    [LoggerMessage(EventId = 4301, Level = LogLevel.Critical, Message = "Refusing to start: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
