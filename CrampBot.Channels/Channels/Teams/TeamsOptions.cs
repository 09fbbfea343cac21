namespace CrampBot.Channels.Teams;

/// <summary>Teams behaviour settings (configuration section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// Longest text of one outgoing message on the channels in <see cref="SplitChannels"/>; longer texts are split.
    /// Teams refuses activities over about 28 KB; 4000 characters stay under it even when every character is escaped
    /// as <c>\uXXXX</c> in the JSON, and read better than one long wall of text.
    /// </summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>Channel ids whose long messages are split.</summary>
    public string[] SplitChannels { get; set; } = ["msteams"];
}
