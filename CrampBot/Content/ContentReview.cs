namespace CrampBot.Content;

/// <summary>A clinician's sign-off of the content version being served (from the "Content" settings).</summary>
/// <param name="Reviewer">Who reviewed it, as patients read it.</param>
/// <param name="ReviewedOn">When it was reviewed.</param>
/// <param name="NextReviewDate">The last day the review counts; after it the content is overdue.</param>
public sealed record ContentReview(string Reviewer, DateOnly ReviewedOn, DateOnly NextReviewDate);
