using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Content;

/// <summary>
/// Reads, validates and fills the content file with the deployment's "Content" settings; every problem found is
/// reported at once, so a broken file or setting stops the app before it reaches a patient.
/// </summary>
internal static class ContentLoader
{
    private const int MaxOutOfHoursRouteLength = 40;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A misspelt key in the file must fail loudly rather than silently drop a text.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Loads the embedded content, or the file at <see cref="ContentOptions.Path"/>.</summary>
    public static ContentCatalog Load(ContentOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Path))
        {
            if (!File.Exists(options.Path))
            {
                throw new ContentValidationException([$"Content:Path '{options.Path}' does not exist"]);
            }

            return Load(File.ReadAllText(options.Path), options);
        }

        using var stream = typeof(ContentCatalog).Assembly.GetManifestResourceStream(ContentCatalog.EmbeddedResourceName)
            ?? throw new ContentValidationException([$"embedded resource '{ContentCatalog.EmbeddedResourceName}' is missing"]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader.ReadToEnd(), options);
    }

    /// <summary>Parses, validates and fills a content document.</summary>
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

        ContentPlaceholders.Check(root, problems);
        var raw = Deserialize(root, problems);
        if (raw is null)
        {
            throw new ContentValidationException(problems);
        }

        ContentValidator.Validate(raw, problems);
        var emergencyNumber = Configured(options.EmergencyNumber, raw.Metadata.DefaultEmergencyNumber);
        if (!IsPhoneNumber(emergencyNumber))
        {
            problems.Add($"Content:EmergencyNumber '{emergencyNumber}' is not a phone number");
        }

        var outOfHoursRoute = Configured(options.OutOfHoursRoute, raw.Metadata.DefaultOutOfHoursRoute);
        if (!SettingText.IsPlain(outOfHoursRoute, MaxOutOfHoursRouteLength))
        {
            problems.Add($"Content:OutOfHoursRoute '{outOfHoursRoute}' must be 1 to {MaxOutOfHoursRouteLength} characters, without braces or line breaks");
        }

        var review = ContentReviewReader.Read(options, raw.Metadata.Version, problems);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        ContentPlaceholders.FillLoadTime(root, new Dictionary<string, string>
        {
            [ContentPlaceholders.EmergencyNumber] = emergencyNumber,
            [ContentPlaceholders.OutOfHoursRoute] = outOfHoursRoute,
            [ContentPlaceholders.SourceTitle] = raw.Metadata.SourceTitle,
            [ContentPlaceholders.LastUpdated] = raw.Metadata.LastUpdatedText,
        });
        return new ContentCatalog(Deserialize(root, problems)!, emergencyNumber, outOfHoursRoute, review, TimeProvider.System);
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

    private static bool IsPhoneNumber(string number) =>
        number.Length is >= 2 and <= 20 && number.All(c => char.IsAsciiDigit(c) || c is '+' or ' ');
}
