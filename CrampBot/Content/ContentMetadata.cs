namespace CrampBot.Content;

/// <summary>Where the content comes from and who vouches for it.</summary>
public sealed record ContentMetadata
{
    /// <summary>The source, e.g. the "Leg cramps" patient leaflet.</summary>
    public required string SourceTitle { get; init; }

    /// <summary>The date the source itself was last updated.</summary>
    public required DateOnly LastUpdated { get; init; }

    /// <summary>The same date as patients read it ("last updated 20 June 2012").</summary>
    public required string LastUpdatedText { get; init; }

    /// <summary>Who reviewed the content (overridable by <c>Content:Reviewer</c>).</summary>
    public required string Reviewer { get; init; }

    /// <summary>When the content must be reviewed again (overridable by <c>Content:NextReviewDate</c>).</summary>
    public required DateOnly NextReviewDate { get; init; }

    /// <summary>The emergency number used when configuration gives none.</summary>
    public required string DefaultEmergencyNumber { get; init; }

    /// <summary>Where to get urgent help when the doctor's surgery is closed ("NHS 111"), when configuration gives none.</summary>
    public required string DefaultOutOfHoursRoute { get; init; }

    /// <summary>The words every answer citing the leaflet's research must contain.</summary>
    public required string ResearchPhrase { get; init; }
}
