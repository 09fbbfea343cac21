using System.Globalization;

namespace CrampBot.Content;

/// <summary>Reads the review settings of <see cref="ContentOptions"/> into the <see cref="ContentReview"/> that applies, if any.</summary>
internal static class ContentReviewReader
{
    private const string DateFormat = "yyyy-MM-dd";
    private const int MaxReviewerLength = 80;

    /// <summary>
    /// The review of content <paramref name="contentVersion"/>, or null when none is configured or it is of another
    /// version. Malformed settings are problems whatever the version; so is a review of this version with a part missing.
    /// </summary>
    public static ContentReview? Read(ContentOptions options, string contentVersion, List<string> problems)
    {
        var reviewedOn = ParseDate(options.ReviewedOn, "Content:ReviewedOn", problems);
        var nextReviewDate = ParseDate(options.NextReviewDate, "Content:NextReviewDate", problems);
        var reviewer = options.Reviewer?.Trim() ?? "";
        if (reviewer.Length > 0 && !SettingText.IsPlain(reviewer, MaxReviewerLength))
        {
            problems.Add($"Content:Reviewer must be at most {MaxReviewerLength} characters, without braces or line breaks");
        }

        if (!options.IsReviewOf(contentVersion))
        {
            return null;
        }

        // The settings say this very version was reviewed, so the sign-off must be complete to be shown to patients.
        var why = $"(Content:ReviewedVersion says content version {contentVersion} was reviewed)";
        if (reviewer.Length == 0)
        {
            problems.Add($"Content:Reviewer is missing {why}");
        }

        if (string.IsNullOrWhiteSpace(options.ReviewedOn))
        {
            problems.Add($"Content:ReviewedOn is missing {why}");
        }

        if (string.IsNullOrWhiteSpace(options.NextReviewDate))
        {
            problems.Add($"Content:NextReviewDate is missing {why}");
        }

        if (reviewedOn is not { } on || nextReviewDate is not { } next || reviewer.Length == 0)
        {
            return null;
        }

        if (next <= on)
        {
            problems.Add($"Content:NextReviewDate {options.NextReviewDate} must be after Content:ReviewedOn {options.ReviewedOn}");
            return null;
        }
        return new ContentReview(reviewer, on, next);
    }

    private static DateOnly? ParseDate(string? value, string setting, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{setting} '{value}' is not a date ({DateFormat})");
        return null;
    }
}
