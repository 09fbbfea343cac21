using CrampBot.Content;
using Microsoft.Extensions.Time.Testing;

namespace CrampBot.Tests.Content;

/// <summary>
/// Which clinical review applies to the content being served: only one that names this content version, and only
/// until its next review date, by a clock the tests set. The source line under every answer says the result.
/// </summary>
public sealed class ContentReviewTests
{
    private const string UnreviewedNotice = "This information has not yet been checked by a clinician.";
    private const string OverdueNotice = "The clinician's check of this information is out of date.";

    private static readonly string Version = TestContent.Catalog.Version;

    private static ContentOptions ReviewOf(string version) => new()
    {
        Reviewer = "Dr A. Example, GP",
        ReviewedOn = "2026-03-01",
        NextReviewDate = "2027-03-01",
        ReviewedVersion = version,
    };

    private static FakeTimeProvider ClockOn(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_review_of_this_version_applies_and_the_source_line_names_the_reviewer_and_the_date()
    {
        var catalog = ContentCatalog.Load(ReviewOf(Version)).WithClock(ClockOn(2026, 6, 1));

        Assert.Equal(new ContentReview("Dr A. Example, GP", new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1)), catalog.Review);
        Assert.Equal(ContentReviewStatus.Reviewed, catalog.ReviewStatus);
        Assert.Null(catalog.ReviewNotice);
        Assert.Equal(
            "Source: \"Leg cramps\" patient leaflet, last updated 20 June 2012. Reviewed by Dr A. Example, GP on 1 March 2026.",
            catalog.SourceLine);
    }

    [Fact]
    public void A_review_of_another_version_is_ignored_and_the_content_counts_as_unreviewed()
    {
        var catalog = ContentCatalog.Load(ReviewOf("1.0.0")).WithClock(ClockOn(2026, 6, 1));

        Assert.NotEqual("1.0.0", Version);
        Assert.Null(catalog.Review);
        Assert.Equal(ContentReviewStatus.Unreviewed, catalog.ReviewStatus);
        Assert.Equal(UnreviewedNotice, catalog.ReviewNotice);
        Assert.EndsWith("last updated 20 June 2012. " + UnreviewedNotice, catalog.SourceLine);
        Assert.DoesNotContain("Dr A. Example", catalog.SourceLine);
    }

    [Fact]
    public void Review_settings_without_a_reviewed_version_are_ignored()
    {
        var options = ReviewOf(Version);
        options.ReviewedVersion = null;

        var catalog = ContentCatalog.Load(options);

        Assert.Null(catalog.Review);
        Assert.Equal(ContentReviewStatus.Unreviewed, catalog.ReviewStatus);
    }

    [Fact]
    public void No_review_settings_means_unreviewed_content_that_says_so()
    {
        var catalog = TestContent.Catalog;

        Assert.Null(catalog.Review);
        Assert.Equal(ContentReviewStatus.Unreviewed, catalog.ReviewStatus);
        Assert.EndsWith(UnreviewedNotice, catalog.SourceLine);
    }

    [Fact]
    public void A_review_runs_out_after_its_next_review_date_while_the_app_runs()
    {
        var clock = ClockOn(2027, 3, 1);
        var catalog = ContentCatalog.Load(ReviewOf(Version)).WithClock(clock);
        Assert.Equal(ContentReviewStatus.Reviewed, catalog.ReviewStatus);

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(ContentReviewStatus.Overdue, catalog.ReviewStatus);
        Assert.Equal(OverdueNotice, catalog.ReviewNotice);
        Assert.EndsWith("last updated 20 June 2012. " + OverdueNotice, catalog.SourceLine);
        Assert.Equal(ContentReviewStatus.Reviewed, catalog.ReviewStatusOn(new DateOnly(2027, 3, 1)));
        Assert.Equal(ContentReviewStatus.Overdue, catalog.ReviewStatusOn(new DateOnly(2027, 3, 2)));
    }

    [Theory]
    [InlineData(nameof(ContentOptions.Reviewer), null, "Content:Reviewer is missing")]
    [InlineData(nameof(ContentOptions.ReviewedOn), null, "Content:ReviewedOn is missing")]
    [InlineData(nameof(ContentOptions.NextReviewDate), null, "Content:NextReviewDate is missing")]
    [InlineData(nameof(ContentOptions.ReviewedOn), "1 March 2026", "Content:ReviewedOn '1 March 2026' is not a date")]
    [InlineData(nameof(ContentOptions.NextReviewDate), "2026-02-01", "Content:NextReviewDate 2026-02-01 must be after Content:ReviewedOn")]
    [InlineData(nameof(ContentOptions.Reviewer), "Dr {emergencyNumber}", "Content:Reviewer must be")]
    public void An_incomplete_or_malformed_review_of_this_version_stops_loading(string setting, string? value, string expected)
    {
        var options = ReviewOf(Version);
        typeof(ContentOptions).GetProperty(setting)!.SetValue(options, value);

        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load(options));

        Assert.Contains(e.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_file_has_no_reviewer_of_its_own()
    {
        var metadata = JsonNode.Parse(TestContent.ContentJson)!["metadata"]!.AsObject();

        Assert.False(metadata.ContainsKey("reviewer"));
        Assert.False(metadata.ContainsKey("nextReviewDate"));
        Assert.DoesNotContain("awaiting clinical review", TestContent.ContentJson);
    }

    [Fact]
    public void The_reviewer_placeholders_are_only_allowed_in_the_reviewed_notice()
    {
        var root = JsonNode.Parse(TestContent.ContentJson)!;
        root["messages"]!["sourceLine"] = "Source: {sourceTitle}. Reviewed by {reviewer}.";

        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load(root.ToJsonString(), new ContentOptions()));

        Assert.Contains(e.Problems, p => p.Contains("$.messages.sourceLine") && p.Contains("{reviewer}"));
    }

    [Fact]
    public void A_reviewed_notice_that_does_not_name_the_reviewer_is_reported()
    {
        var root = JsonNode.Parse(TestContent.ContentJson)!;
        root["metadata"]!["reviewedNotice"] = "Reviewed on {reviewedOn}.";

        var e = Assert.Throws<ContentValidationException>(() => ContentCatalog.Load(root.ToJsonString(), new ContentOptions()));

        Assert.Contains(e.Problems, p => p.Contains("metadata.reviewedNotice must name {reviewer}"));
    }
}
