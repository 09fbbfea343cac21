using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Content;

/// <summary>
/// The vetted leg-cramp content, loaded and validated once at startup, with the deployment's values
/// (emergency number, out-of-hours route, reviewer, next review date) already filled in. Every medical sentence the bot says comes from here.
/// </summary>
public sealed class ContentCatalog
{
    /// <summary>Manifest name of the content file embedded in the app.</summary>
    public const string EmbeddedResourceName = "CrampBot.Content.leg-cramps.content.json";

    private const int MaxMedicineNameLength = 40;
    private const int MaxOutOfHoursRouteLength = 40;
    private const string DisplayDateFormat = "d MMMM yyyy";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A misspelt key in the file must fail loudly rather than silently drop a text.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, Topic> topicsById;
    private readonly Dictionary<string, Medicine> medicinesById;

    private ContentCatalog(ContentDocument document, string emergencyNumber, string outOfHoursRoute)
    {
        Document = document;
        EmergencyNumber = emergencyNumber;
        OutOfHoursRoute = outOfHoursRoute;
        topicsById = document.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        medicinesById = document.Medicines.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>The whole filled-in document.</summary>
    public ContentDocument Document { get; }

    /// <summary>The number patients are told to call (configured, or 999).</summary>
    public string EmergencyNumber { get; }

    /// <summary>Where patients get urgent help when their surgery is closed (configured, or NHS 111).</summary>
    public string OutOfHoursRoute { get; }

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

    /// <summary>"Source: the "Leg cramps" patient leaflet, last updated 20 June 2012. Reviewed by …".</summary>
    public string SourceLine => Messages.SourceLine;

    public Topic GetTopic(string id) =>
        topicsById.TryGetValue(id, out var topic) ? topic : throw new KeyNotFoundException($"No topic '{id}'.");

    public bool TryGetTopic(string id, [NotNullWhen(true)] out Topic? topic) => topicsById.TryGetValue(id, out topic);

    public IReadOnlyList<Topic> RelatedTopics(Topic topic) => [.. topic.RelatedTopicIds.Select(GetTopic)];

    public Medicine GetMedicine(string id) =>
        medicinesById.TryGetValue(id, out var medicine) ? medicine : throw new KeyNotFoundException($"No medicine '{id}'.");

    public TriageOutcome GetOutcome(TriageLevel level) => Triage.Outcomes.Single(o => o.Level == level);

    /// <summary>True when the content is past its review date and needs a clinician to look at it again.</summary>
    public bool IsReviewOverdue(DateOnly today) => today > Metadata.NextReviewDate;

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
    public static ContentCatalog Load(ContentOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Path))
        {
            if (!File.Exists(options.Path))
                throw new ContentValidationException([$"Content:Path '{options.Path}' does not exist"]);
            return Load(File.ReadAllText(options.Path), options);
        }

        using var stream = typeof(ContentCatalog).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new ContentValidationException([$"embedded resource '{EmbeddedResourceName}' is missing"]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader.ReadToEnd(), options);
    }

    /// <summary>Parses, validates and fills a content document.</summary>
    /// <exception cref="ContentValidationException">The content or the options are invalid.</exception>
    public static ContentCatalog Load(string json, ContentOptions options)
    {
        var problems = new List<string>();
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json) ?? throw new JsonException("the document is null");
        }
        catch (JsonException e)
        {
            throw new ContentValidationException([$"not valid JSON: {e.Message}"]);
        }

        ApplyOverrides(root, options, problems);
        ContentPlaceholders.Check(root, problems);
        var raw = Deserialize(root, problems);
        if (raw is null) throw new ContentValidationException(problems);

        ContentValidator.Validate(raw, problems);
        var emergencyNumber = Configured(options.EmergencyNumber, raw.Metadata.DefaultEmergencyNumber);
        if (!IsPhoneNumber(emergencyNumber))
            problems.Add($"Content:EmergencyNumber '{emergencyNumber}' is not a phone number");
        var outOfHoursRoute = Configured(options.OutOfHoursRoute, raw.Metadata.DefaultOutOfHoursRoute);
        if (!IsRouteName(outOfHoursRoute))
            problems.Add($"Content:OutOfHoursRoute '{outOfHoursRoute}' must be 1 to {MaxOutOfHoursRouteLength} characters, without braces or line breaks");
        if (problems.Count > 0) throw new ContentValidationException(problems);

        var display = CultureInfo.GetCultureInfo("en-GB");
        ContentPlaceholders.FillLoadTime(root, new Dictionary<string, string>
        {
            [ContentPlaceholders.EmergencyNumber] = emergencyNumber,
            [ContentPlaceholders.OutOfHoursRoute] = outOfHoursRoute,
            [ContentPlaceholders.SourceTitle] = raw.Metadata.SourceTitle,
            [ContentPlaceholders.LastUpdated] = raw.Metadata.LastUpdatedText,
            [ContentPlaceholders.Reviewer] = raw.Metadata.Reviewer,
            [ContentPlaceholders.NextReviewDate] = raw.Metadata.NextReviewDate.ToString(DisplayDateFormat, display),
        });
        return new ContentCatalog(Deserialize(root, problems)!, emergencyNumber, outOfHoursRoute);
    }

    private static void ApplyOverrides(JsonNode root, ContentOptions options, List<string> problems)
    {
        if (root["metadata"] is not JsonObject metadata) return;
        if (!string.IsNullOrWhiteSpace(options.Reviewer)) metadata["reviewer"] = options.Reviewer.Trim();
        if (!string.IsNullOrWhiteSpace(options.NextReviewDate))
        {
            if (DateOnly.TryParseExact(options.NextReviewDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
                metadata["nextReviewDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            else
                problems.Add($"Content:NextReviewDate '{options.NextReviewDate}' is not a date (yyyy-MM-dd)");
        }
    }

    private static ContentDocument? Deserialize(JsonNode root, List<string> problems)
    {
        try
        {
            return root.Deserialize<ContentDocument>(JsonOptions) ?? throw new JsonException("the document is null");
        }
        catch (JsonException e)
        {
            problems.Add($"does not match the content model at {e.Path ?? "$"}: {e.Message}");
            return null;
        }
    }

    // A deployment value wins over the file's default; blank counts as not set.
    private static string Configured(string? configured, string fileDefault) =>
        string.IsNullOrWhiteSpace(configured) ? fileDefault : configured.Trim();

    // The route is written into patient texts: a brace would read as a placeholder, a line break would break the sentence.
    private static bool IsRouteName(string route) =>
        route.Length is >= 1 and <= MaxOutOfHoursRouteLength && !route.Any(c => c is '{' or '}' || char.IsControl(c));

    private static bool IsPhoneNumber(string number) =>
        number.Length is >= 2 and <= 20 && number.All(c => char.IsAsciiDigit(c) || c is '+' or ' ');

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
