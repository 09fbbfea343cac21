namespace CrampBot.Content;

/// <summary>Configuration section "Content": what a deployment may set without editing the file.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The clinician who reviewed the content, as patients should read it ("Dr A. Example, GP").</summary>
    public string? Reviewer { get; set; }

    /// <summary>The day the review was done (yyyy-MM-dd).</summary>
    public string? ReviewedOn { get; set; }

    /// <summary>The day the review runs out (yyyy-MM-dd); after it the content counts as overdue.</summary>
    public string? NextReviewDate { get; set; }

    /// <summary>
    /// The content version the review was of. The review applies only while it equals the file's
    /// <c>metadata.version</c>, so a changed file never inherits an older sign-off.
    /// </summary>
    public string? ReviewedVersion { get; set; }

    /// <summary>Lets Production serve content that is unreviewed or overdue (each answer then says so).</summary>
    public bool AllowUnreviewed { get; set; }

    /// <summary>The number patients are told to call in an emergency; the file's default (999) when empty.</summary>
    public string? EmergencyNumber { get; set; }

    /// <summary>Where patients get urgent help when their surgery is closed; the file's default (NHS 111) when empty.</summary>
    public string? OutOfHoursRoute { get; set; }

    /// <summary>Loads the content from this file instead of the copy embedded in the app.</summary>
    public string? Path { get; set; }

    /// <summary>True when any of the four review settings is given.</summary>
    public bool HasReviewSettings =>
        new[] { Reviewer, ReviewedOn, NextReviewDate, ReviewedVersion }.Any(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>True when the review settings are for content version <paramref name="version"/>.</summary>
    public bool IsReviewOf(string version) => string.Equals(ReviewedVersion?.Trim(), version, StringComparison.Ordinal);
}
