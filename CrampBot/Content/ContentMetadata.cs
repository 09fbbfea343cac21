namespace CrampBot.Content;

/// <summary>
/// What the content is and where it comes from. Whether a clinician has reviewed it is not here: that is a fact about
/// a deployment (<see cref="ContentOptions"/>), tied to <see cref="Version"/>.
/// </summary>
public sealed record ContentMetadata
{
    /// <summary>The content's version (MAJOR.MINOR.PATCH); any change to a patient text needs a new one, which voids a review.</summary>
    public required string Version { get; init; }

    /// <summary>The source, e.g. the "Leg cramps" patient leaflet.</summary>
    public required string SourceTitle { get; init; }

    /// <summary>Who published the source, or "not recorded" when nobody knows.</summary>
    public required string SourcePublisher { get; init; }

    /// <summary>Under what licence the source may be reused, or "not recorded" when nobody knows.</summary>
    public required string SourceLicence { get; init; }

    /// <summary>The date the source itself was last updated.</summary>
    public required DateOnly LastUpdated { get; init; }

    /// <summary>The same date as patients read it ("last updated 20 June 2012").</summary>
    public required string LastUpdatedText { get; init; }

    /// <summary>The emergency number used when configuration gives none.</summary>
    public required string DefaultEmergencyNumber { get; init; }

    /// <summary>Where to get urgent help when the doctor's surgery is closed ("NHS 111"), when configuration gives none.</summary>
    public required string DefaultOutOfHoursRoute { get; init; }

    /// <summary>The words every answer citing the leaflet's research must contain.</summary>
    public required string ResearchPhrase { get; init; }

    /// <summary>Ends the source line when the content is reviewed; has {reviewer} and {reviewedOn}.</summary>
    public required string ReviewedNotice { get; init; }

    /// <summary>Said under every answer while no clinician has reviewed this version.</summary>
    public required string UnreviewedNotice { get; init; }

    /// <summary>Said under every answer once the review is past its next review date.</summary>
    public required string OverdueNotice { get; init; }
}
