using System.Text.Json;
using System.Text.RegularExpressions;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Splits a long text message into several messages that each stay under a length limit, cutting where a reader
/// would pause: between paragraphs, else between lines, else between sentences, else between words; a single word
/// longer than the limit (a long link) is cut as a last resort. A message with attachments is never split: its text
/// is the card's fallback and belongs with the card.
/// </summary>
public static partial class TeamsMessageSplitter
{
    /// <summary>The limit used for Teams when none is configured (see <see cref="TeamsOptions.MaxMessageLength"/>).</summary>
    public const int DefaultMaxLength = 4000;

    private static readonly Level[] Levels =
    [
        new(ParagraphBreak(), "\n\n"),
        new(LineBreak(), "\n"),
        new(SentenceEnd(), " "),
        new(Whitespace(), " "),
    ];

    /// <summary>
    /// <paramref name="activity"/> itself when it needs no split; else one copy per part, in order. Suggested actions
    /// and the original input hint go on the last part (the buttons belong after the whole question), earlier parts
    /// say <c>ignoringInput</c>; speech and other entities stay on the first part, a mention entity on the part that
    /// holds its text.
    /// </summary>
    public static IReadOnlyList<Activity> Split(Activity activity, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (!activity.IsType(ActivityTypes.Message) || activity.Attachments is { Count: > 0 } || activity.Text is null || activity.Text.Length <= maxLength)
        {
            return [activity];
        }
        var parts = SplitText(activity.Text, maxLength);
        if (parts.Count <= 1)
        {
            return [activity];
        }
        return [.. parts.Select((text, index) => Part(activity, text, index, parts.Count))];
    }

    /// <summary>The text cut into parts of at most <paramref name="maxLength"/> characters, none empty.</summary>
    public static IReadOnlyList<string> SplitText(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var parts = new List<string>();
        Pack(text.Trim(), 0, maxLength, parts);
        return parts;
    }

    private static void Pack(string text, int level, int maxLength, List<string> parts)
    {
        if (text.Length <= maxLength)
        {
            Add(parts, text);
            return;
        }
        if (level == Levels.Length)
        {
            HardCut(text, maxLength, parts);
            return;
        }
        var (boundary, separator) = Levels[level];
        var current = string.Empty;
        foreach (var unit in boundary.Split(text).Select(u => u.Trim()).Where(u => u.Length > 0))
        {
            if (unit.Length > maxLength)
            {
                Add(parts, current);
                current = string.Empty;
                Pack(unit, level + 1, maxLength, parts);
            }
            else if (current.Length == 0)
            {
                current = unit;
            }
            else if (current.Length + separator.Length + unit.Length <= maxLength)
            {
                current += separator + unit;
            }
            else
            {
                Add(parts, current);
                current = unit;
            }
        }
        Add(parts, current);
    }

    private static void HardCut(string text, int maxLength, List<string> parts)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(maxLength, text.Length - start);
            // Never cut between the two halves of a surrogate pair (an emoji would become two broken characters).
            if (length > 1 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }
            Add(parts, text.Substring(start, length));
            start += length;
        }
    }

    private static void Add(List<string> parts, string part)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            parts.Add(part);
        }
    }

    private static Activity Part(Activity original, string text, int index, int count)
    {
        var part = JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(original, ProtocolJson.Options), ProtocolJson.Options)!;
        var first = index == 0;
        var last = index == count - 1;
        part.Text = text;
        part.Id = first ? original.Id : null;
        part.Speak = first ? original.Speak : null;
        part.SuggestedActions = last ? part.SuggestedActions : null;
        part.InputHint = last ? original.InputHint : InputHints.IgnoringInput;
        part.Entities = part.Entities?
            .Where(entity => entity.IsMention ? entity.Text is { Length: > 0 } mention && text.Contains(mention, StringComparison.Ordinal) : first)
            .ToList();
        return part;
    }

    private readonly record struct Level(Regex Boundary, string Separator);

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n\s*")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
