using System.Reflection;

namespace CrampBot.Understanding;

/// <summary>
/// The canonical words the red-flag check (<see cref="ClinicalSignalDetector"/>, <see cref="SignFinder"/>,
/// <see cref="Denial"/>, <see cref="Hedging"/>) can tell apart: every token of every phrase of the signal, emergency
/// and DVT lexicons, and the few words its rules name. To the check, every other word is the same as any other, which
/// is what lets a long message be checked whole at a small cost per word (see <see cref="UtteranceAnalyzer"/>).
/// </summary>
internal static class RedFlagVocabulary
{
    // Words the rules compare directly: "you" (addressing the bot), "of" ("the back of my leg"), list joiners.
    private static readonly string[] RuleWords = ["you", "u", "of", "or", "nor", "and"];

    // Read from the lexicons themselves, so a phrase set added to one of them is covered without a list to update.
    private static readonly Type[] Lexicons = [typeof(SignalLexicon), typeof(EmergencySignLexicon), typeof(DvtSignLexicon)];

    public static IReadOnlySet<string> Words { get; } = Build();

    private static HashSet<string> Build()
    {
        var fields = Lexicons.SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic));
        var sets = fields.Select(f => f.GetValue(null)).SelectMany(value => value switch
        {
            PhraseSet set => [set],
            SignPattern pattern => pattern.Sets,
            _ => [],
        });
        var words = sets.SelectMany(s => s.Phrases).SelectMany(p => p.Tokens).Concat(RuleWords.Select(Stemmer.Canonical));
        return new HashSet<string>(words, StringComparer.Ordinal);
    }
}
