namespace CrampBot.Protocol;

/// <summary>Values of <see cref="Activity.TextFormat"/> that Teams accepts.</summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
