using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CrampBot.Cards;

/// <summary>
/// A top-level Adaptive Card. Its version is held to <see cref="MaxVersion"/> because that is the highest schema
/// Teams renders; a higher one would show only <see cref="FallbackText"/> there.
/// </summary>
public sealed partial class AdaptiveCard
{
    public const string MaxVersion = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    private string _version = MaxVersion;

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => SchemaUrl;

    /// <summary>The schema version the card needs; "1.0" to "1.5".</summary>
    [JsonPropertyOrder(-1)]
    public string Version
    {
        get => _version;
        set => _version = CheckVersion(value);
    }

    public List<AdaptiveElement> Body { get; init; } = [];

    public List<AdaptiveAction>? Actions { get; set; }

    /// <summary>Shown by clients that cannot render the card; also the plain-text version of the message.</summary>
    public string? FallbackText { get; set; }

    /// <summary>What a speech client reads for the whole card (plain text or an SSML fragment).</summary>
    public string? Speak { get; set; }

    /// <summary>
    /// Two-letter ISO-639-1 language code, e.g. "en"; only date/time functions use it. The builders leave it out:
    /// the adaptivecards JS parser (Web Chat's renderer) rejects a valid lang on every second card it parses
    /// (microsoft/AdaptiveCards#9145).
    /// </summary>
    public string? Lang { get; set; }

    /// <summary>Teams-only settings; not part of the schema (validators must strip it first).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardSettings? MsTeams { get; set; }

    private static string CheckVersion(string value)
    {
        // 1.0 to 1.5 written as major.minor; a regex rather than System.Version so "1.05" or "1.5.0" are refused too.
        if (value is null || !SupportedVersion().IsMatch(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"An Adaptive Card version must be between 1.0 and {MaxVersion}, written as major.minor.");
        }

        return value;
    }

    [GeneratedRegex(@"^1\.[0-5]$")]
    private static partial Regex SupportedVersion();
}
