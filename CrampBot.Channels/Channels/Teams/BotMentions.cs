using System.Text.RegularExpressions;
using CrampBot.Protocol;

namespace CrampBot.Channels.Teams;

/// <summary>
/// Mentions of the bot in a message: mention entities whose <c>mentioned.id</c> is the activity's recipient.
/// Ids are compared whole and never parsed (Teams ids, and the playground's, have no fixed shape).
/// </summary>
public static partial class BotMentions
{
    /// <summary>True when the message carries a mention entity of the bot.</summary>
    public static bool IsBotMentioned(Activity activity) => Of(activity).Any();

    /// <summary>
    /// The text without the bot's mentions: each mention entity's own <c>text</c> (e.g. <c>&lt;at&gt;CrampBot&lt;/at&gt;</c>)
    /// is removed where it occurs; when the text carries the mention differently (another spacing or case), an
    /// <c>&lt;at&gt;</c> tag naming the bot is removed instead. Spaces left behind are collapsed and trimmed.
    /// </summary>
    public static string RemoveFrom(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in Of(activity))
        {
            if (!string.IsNullOrEmpty(mention.Text) && text.Contains(mention.Text, StringComparison.Ordinal))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
            else if (!string.IsNullOrWhiteSpace(mention.Mentioned?.Name))
            {
                var name = Regex.Escape(mention.Mentioned.Name.Trim()).Replace("\\ ", "\\s+", StringComparison.Ordinal);
                text = Regex.Replace(text, $@"<at[^>]*>\s*{name}\s*</at>", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }
        // Teams pads mentions with non-breaking spaces; they must not survive as leading or doubled spaces.
        return ExtraSpace().Replace(text.Replace('\u00A0', ' '), " ").Trim();
    }

    private static IEnumerable<Entity> Of(Activity activity) =>
        (activity.Entities ?? []).Where(entity =>
            entity.IsMention
            && !string.IsNullOrEmpty(entity.Mentioned?.Id)
            && string.Equals(entity.Mentioned.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex ExtraSpace();
}
