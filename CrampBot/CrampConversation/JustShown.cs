using System.Text;
using System.Text.RegularExpressions;
using CrampBot.Builder;
using CrampBot.Protocol;

namespace CrampBot.CrampConversation;

/// <summary>
/// The sentences the bot showed in its last turn (message texts and the plain-text versions of cards), kept in
/// conversation state so that the next topic answer can leave out what the patient has just read: the DVT topic
/// tapped under the ultrasound card does not repeat the card's sentence about swelling and scans. Only the bot's own
/// words are kept, never the patient's.
/// </summary>
public sealed partial class JustShown(ConversationState conversationState)
{
    private const string SentThisTurnKey = "CrampBot.JustShown";
    // Shorter fragments ("Yes.", "Not sure.") are too common to count as something the patient has already read.
    private const int ShortestRepeat = 20;

    private readonly IStatePropertyAccessor<List<string>> _lastTurn = conversationState.CreateProperty<List<string>>("justShown");

    /// <summary>Starts collecting the sentences of every message this turn sends.</summary>
    public void Watch(TurnContext turn)
    {
        var sent = new List<string>();
        turn.TurnState[SentThisTurnKey] = sent;
        turn.OnSendActivities(activities =>
        {
            foreach (var activity in activities.Where(a => a.IsType(ActivityTypes.Message)))
            {
                sent.AddRange(Sentences(activity.Text).Concat(Sentences(activity.Summary)));
            }
            return activities;
        });
    }

    /// <summary>
    /// True for a sentence the patient has just read, word for word or inside a longer sentence: one of the last
    /// turn's, or one already sent in this turn.
    /// </summary>
    public async Task<Func<string, bool>> SeenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        List<string> seen = [.. await _lastTurn.GetAsync(turn, cancellationToken: cancellationToken) ?? [], .. SentThisTurn(turn)];
        return sentence =>
        {
            var normalized = Normalize(sentence);
            return normalized.Length >= ShortestRepeat && seen.Any(shown => shown.Contains(normalized, StringComparison.Ordinal));
        };
    }

    /// <summary>Keeps this turn's sentences for the next turn, when it sent any (a turn that said nothing changes nothing).</summary>
    public async Task RememberAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var sent = SentThisTurn(turn);
        if (sent.Count > 0)
        {
            await _lastTurn.SetAsync(turn, [.. sent.Distinct()], cancellationToken);
        }
    }

    /// <summary>The sentences of <paramref name="text"/>, in order (a sentence ends with . ! ? or a line break).</summary>
    public static IEnumerable<string> SplitSentences(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>
    /// <paramref name="text"/> without the sentences <paramref name="seen"/> says the patient has just read, its other
    /// sentences and line breaks as they were; null when nothing new would be left. List items are always kept: half
    /// a list would read as the whole of it.
    /// </summary>
    public static string? Unseen(string text, Func<string, bool> seen)
    {
        var kept = new StringBuilder(text.Length);
        var anythingNew = false;
        var pieces = SentenceBreakKept().Split(text);
        // Split with a capturing group alternates sentence, break, sentence, …: a sentence left out takes its break along.
        for (var i = 0; i < pieces.Length; i += 2)
        {
            var listItem = pieces[i].TrimStart().StartsWith('-');
            if (!listItem && seen(pieces[i]))
            {
                continue;
            }
            anythingNew |= !listItem && Normalize(pieces[i]).Length >= ShortestRepeat;
            kept.Append(pieces[i]);
            if (i + 1 < pieces.Length)
            {
                kept.Append(pieces[i + 1]);
            }
        }
        return anythingNew ? kept.ToString().Trim() : null;
    }

    private static List<string> SentThisTurn(TurnContext turn) =>
        turn.TurnState.TryGetValue(SentThisTurnKey, out var sent) ? (List<string>)sent : [];

    private static IEnumerable<string> Sentences(string? text) => SplitSentences(text).Select(Normalize).Where(s => s.Length > 0);

    /// <summary>Letters and digits only, lower case, single spaces: punctuation, bullets and quotes do not make a sentence new.</summary>
    public static string Normalize(string sentence)
    {
        var text = new StringBuilder(sentence.Length);
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != ' ' && char.IsWhiteSpace(c))
            {
                text.Append(' ');
            }
        }
        return text.ToString().Trim();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"((?<=[.!?])\s+|\n+)")]
    private static partial Regex SentenceBreakKept();
}
