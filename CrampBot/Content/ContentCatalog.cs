using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CrampBot.Content;

/// <summary>
/// The vetted leg-cramp content, loaded and validated once at startup, with the deployment's values (emergency number,
/// out-of-hours route) filled in and the clinical review that applies to it. Every medical sentence the bot says comes
/// from here.
/// </summary>
public sealed class ContentCatalog
{
    /// <summary>Manifest name of the content file embedded in the app.</summary>
    public const string EmbeddedResourceName = "CrampBot.Content.leg-cramps.content.json";

    private const int MaxMedicineNameLength = 40;
    private const string DisplayDateFormat = "d MMMM yyyy";

    private readonly Dictionary<string, Topic> _topicsById;
    private readonly Dictionary<string, Medicine> _medicinesById;
    private readonly TimeProvider _clock;
    // "Reviewed by … on …", or null when no review applies.
    private readonly string? _reviewedNotice;

    internal ContentCatalog(ContentDocument document, string emergencyNumber, string outOfHoursRoute, ContentReview? review, TimeProvider clock)
    {
        Document = document;
        EmergencyNumber = emergencyNumber;
        OutOfHoursRoute = outOfHoursRoute;
        Review = review;
        _clock = clock;
        _topicsById = document.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _medicinesById = document.Medicines.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _reviewedNotice = review is null ? null : ContentPlaceholders.Fill(document.Metadata.ReviewedNotice, new Dictionary<string, string>
        {
            [ContentPlaceholders.Reviewer] = review.Reviewer,
            [ContentPlaceholders.ReviewedOn] = review.ReviewedOn.ToString(DisplayDateFormat, CultureInfo.GetCultureInfo("en-GB")),
        });
    }

    /// <summary>The whole document with the load-time placeholders filled in.</summary>
    public ContentDocument Document { get; }

    /// <summary>The number patients are told to call (configured, or 999).</summary>
    public string EmergencyNumber { get; }

    /// <summary>Where patients get urgent help when their surgery is closed (configured, or NHS 111).</summary>
    public string OutOfHoursRoute { get; }

    /// <summary>The content's version (<c>metadata.version</c>), which a review must name to apply.</summary>
    public string Version => Metadata.Version;

    /// <summary>The clinician's review of this version, or null when none is configured or it was of another version.</summary>
    public ContentReview? Review { get; }

    /// <summary>The review status today (by the app's clock: a review runs out while the app runs).</summary>
    public ContentReviewStatus ReviewStatus => ReviewStatusOn(DateOnly.FromDateTime(_clock.GetLocalNow().DateTime));

    /// <summary>
    /// What every answer must say while the content is not reviewed ("This information has not yet been checked by a
    /// clinician."); null while it is.
    /// </summary>
    public string? ReviewNotice => ReviewStatus switch
    {
        ContentReviewStatus.Reviewed => null,
        ContentReviewStatus.Overdue => Metadata.OverdueNotice,
        _ => Metadata.UnreviewedNotice,
    };

    public ContentMetadata Metadata => Document.Metadata;
    public ContentMessages Messages => Document.Messages;
    public TriageContent Triage => Document.Triage;
    public IReadOnlyList<Topic> Topics => Document.Topics;
    public IReadOnlyList<Medicine> Medicines => Document.Medicines;
    public IReadOnlyList<RiskFactor> RiskFactors => Document.RiskFactors;
    public IReadOnlyList<SafetyRule> SafetyRules => Document.SafetyRules;
    public IReadOnlyList<ClinicalSign> Signs => Document.Signs;

    /// <summary>The same-day signs the leg pain check asks about after swelling, in order.</summary>
    public IReadOnlyList<ClinicalSign> OtherDvtSigns => [.. Triage.OtherSignIds.Select(id => Signs.Single(s => s.Id == id))];

    /// <summary>True when the topic's answer ends with the safety-net line.</summary>
    public bool NeedsSafetyNet(Topic topic) => Document.SafetyNetTopicIds.Contains(topic.Id);

    /// <summary>The topics of the welcome menu, in order.</summary>
    public IReadOnlyList<Topic> MenuTopics => [.. Document.MenuTopicIds.Select(GetTopic)];

    /// <summary>
    /// "Source: "Leg cramps" patient leaflet, last updated 20 June 2012." followed by who reviewed it and when, or by
    /// <see cref="ReviewNotice"/> when it is not reviewed.
    /// </summary>
    public string SourceLine => $"{Messages.SourceLine} {ReviewLine}";

    /// <summary>The leaflet as an entry of a source list: "\"Leg cramps\" patient leaflet, last updated 20 June 2012".</summary>
    public string LeafletSource => $"{Metadata.SourceTitle}, {Metadata.LastUpdatedText}";

    /// <summary>Who reviewed the content and when, or <see cref="ReviewNotice"/> when it is not (or no longer) reviewed.</summary>
    public string? ReviewLine => ReviewNotice ?? _reviewedNotice;

    public Topic GetTopic(string id) =>
        _topicsById.TryGetValue(id, out var topic) ? topic : throw new KeyNotFoundException($"No topic '{id}'.");

    public bool TryGetTopic(string id, [NotNullWhen(true)] out Topic? topic) => _topicsById.TryGetValue(id, out topic);

    public IReadOnlyList<Topic> RelatedTopics(Topic topic) => [.. topic.RelatedTopicIds.Select(GetTopic)];

    public Medicine GetMedicine(string id) =>
        _medicinesById.TryGetValue(id, out var medicine) ? medicine : throw new KeyNotFoundException($"No medicine '{id}'.");

    public TriageOutcome GetOutcome(TriageLevel level) => Triage.Outcomes.Single(o => o.Level == level);

    /// <summary>The review status on <paramref name="today"/>: overdue only after the next review date.</summary>
    public ContentReviewStatus ReviewStatusOn(DateOnly today) => Review switch
    {
        null => ContentReviewStatus.Unreviewed,
        { NextReviewDate: var due } when today > due => ContentReviewStatus.Overdue,
        _ => ContentReviewStatus.Reviewed,
    };

    /// <summary>The honest answer about a medicine the leaflet does not list; the name is what the patient typed.</summary>
    public string UnknownMedicineReply(string medicineName) =>
        ContentPlaceholders.Fill(Messages.UnknownMedicine,
            new Dictionary<string, string> { [ContentPlaceholders.MedicineName] = DisplayName(medicineName) });

    /// <summary>Says which listed medicine a patient's word was taken to mean ("simvastatin" → statins).</summary>
    public string MedicineSynonymNote(string saidName, Medicine medicine) =>
        ContentPlaceholders.Fill(Messages.MedicineSynonymNote, new Dictionary<string, string>
        {
            [ContentPlaceholders.MedicineName] = SafeName(saidName),
            [ContentPlaceholders.Group] = medicine.Name,
        });

    /// <summary>Loads the embedded content, or the file at <see cref="ContentOptions.Path"/>.</summary>
    /// <exception cref="ContentValidationException">The content or the options are invalid.</exception>
    public static ContentCatalog Load(ContentOptions options) => ContentLoader.Load(options);

    /// <summary>Parses, validates and fills a content document.</summary>
    /// <exception cref="ContentValidationException">The content or the options are invalid.</exception>
    public static ContentCatalog Load(string json, ContentOptions options) => ContentLoader.Load(json, options);

    /// <summary>The same content telling the review status by <paramref name="appClock"/> (the app's, or a test's).</summary>
    internal ContentCatalog WithClock(TimeProvider appClock) => new(Document, EmergencyNumber, OutOfHoursRoute, Review, appClock);

    // The name is what the patient typed: keep it short and plain so it cannot inject markup into the reply.
    private static string SafeName(string name)
    {
        var kept = new string([.. name.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-')]).Trim();
        return kept.Length > MaxMedicineNameLength ? kept[..MaxMedicineNameLength].Trim() : kept;
    }

    private static string DisplayName(string name)
    {
        var safe = SafeName(name);
        return safe.Length == 0 ? "That medicine" : char.ToUpperInvariant(safe[0]) + safe[1..];
    }
}
