namespace CrampBot.Content;

/// <summary>Whether a clinician's review vouches for the content being served, today.</summary>
public enum ContentReviewStatus
{
    /// <summary>No review applies: none is configured, or it was of another content version.</summary>
    Unreviewed,

    /// <summary>A review of this version applies and is not past its next review date.</summary>
    Reviewed,

    /// <summary>A review of this version applies, but today is after its next review date.</summary>
    Overdue,
}
