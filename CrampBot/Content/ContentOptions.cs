namespace CrampBot.Content;

/// <summary>Configuration section "Content": what a deployment may override without editing the file.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>Overrides the file's reviewer (e.g. the clinician who signed the content off).</summary>
    public string? Reviewer { get; set; }

    /// <summary>Overrides the file's next review date (ISO yyyy-MM-dd).</summary>
    public string? NextReviewDate { get; set; }

    /// <summary>The number patients are told to call in an emergency; the file's default (999) when empty.</summary>
    public string? EmergencyNumber { get; set; }

    /// <summary>Where patients get urgent help when their surgery is closed; the file's default (NHS 111) when empty.</summary>
    public string? OutOfHoursRoute { get; set; }

    /// <summary>Loads the content from this file instead of the copy embedded in the app.</summary>
    public string? Path { get; set; }
}
