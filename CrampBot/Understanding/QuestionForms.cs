namespace CrampBot.Understanding;

/// <summary>
/// Puts a misspelt or misheard question word back where it opens a question: "wht causes cramps", "y do i get
/// them", "were do cramps happen", "hw long do they last", "r cramps serious". Only at the start of a clause and
/// only before a word a question goes on with, so "they were bad" and "y" meaning yes stay as typed.
/// </summary>
internal static class QuestionForms
{
    // What patients type (or voice-to-text writes) for each question word.
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["wht"] = "what", ["whta"] = "what", ["waht"] = "what", ["wat"] = "what", ["wot"] = "what", ["wut"] = "what",
        ["whatt"] = "what", ["wha"] = "what",
        ["wats"] = "whats", ["wots"] = "whats", ["whts"] = "whats", ["wuts"] = "whats", ["watz"] = "whats",
        ["hw"] = "how", ["howw"] = "how", ["hoe"] = "how", ["ho"] = "how",
        ["y"] = "why", ["wy"] = "why", ["whay"] = "why", ["whyy"] = "why", ["wai"] = "why",
        ["wen"] = "when", ["wehn"] = "when", ["whn"] = "when", ["whenn"] = "when",
        ["were"] = "where", ["wer"] = "where", ["wher"] = "where", ["whre"] = "where", ["wear"] = "where",
        ["ware"] = "where",
        ["r"] = "are", ["cn"] = "can", ["shud"] = "should", ["shld"] = "should", ["cud"] = "could",
        ["wud"] = "would", ["dose"] = "does", ["dus"] = "does", ["wich"] = "which", ["whic"] = "which",
    };

    // Auxiliaries, as typed or as texted, that carry a question on ("why do", "where are", "r they").
    private static readonly HashSet<string> Auxiliaries = new(
    [
        "do", "does", "did", "is", "are", "am", "was", "can", "could", "should", "would", "will", "might", "may",
        "dont", "doesnt", "cant", "r", "dose", "dus", "cn", "shud", "cud", "wud",
    ], StringComparer.Ordinal);

    // Besides an auxiliary: "how long", "how come", "why my legs", "r cramps serious".
    private static readonly Dictionary<string, HashSet<string>> AlsoBefore = new(StringComparer.Ordinal)
    {
        ["how"] = ["long", "come", "much", "many", "often", "to", "can"],
        ["why"] = ["my", "they", "cramps", "cramp", "legs", "leg"],
        ["are"] = ["cramps", "cramp", "leg", "legs", "they", "these", "there", "my", "night"],
        ["can"] = ["i", "you", "u", "cramps", "cramp", "a", "my", "it", "they", "statins"],
        ["does"] = ["it", "a", "the", "my", "cramp", "cramps", "this", "that"],
    };

    // A question in the order of a statement, common in a second language: "what I can do" for "what can I do".
    private static readonly HashSet<string> Subjects = new(["i", "we", "you", "u"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Modals = new(StringComparer.Ordinal)
    {
        ["can"] = "can", ["could"] = "could", ["should"] = "should", ["must"] = "should", ["shall"] = "should",
        ["do"] = "do", ["will"] = "will",
    };

    private static readonly HashSet<string> OpenEnded = new(["what", "whats", "which"], StringComparer.Ordinal);

    private static readonly HashSet<string> QuestionWords = new(
        ["what", "whats", "which", "how", "why", "when", "where", "who"], StringComparer.Ordinal);

    // Words that may stand before the question word in its clause: "so wht causes it", "and y do they come".
    private static readonly HashSet<string> Openers = new(
        ["so", "and", "but", "also", "ok", "okay", "hi", "hello", "hey", "please", "pls", "then", "just", "um", "er"],
        StringComparer.Ordinal);

    /// <summary>Rewrites, in place, the question words that open a clause of <paramref name="words"/>.</summary>
    public static void Normalize(List<string> words)
    {
        // 0: nothing yet in this clause but openers; 1: just after a question word (an auxiliary may follow); 2: past.
        var state = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (TextNormalizer.IsBoundary(word))
            {
                state = 0;
                continue;
            }

            if (state < 2 && Variants.TryGetValue(word, out var meant) && (state == 0 || Auxiliaries.Contains(word)) &&
                FitsAQuestion(meant, i + 1 < words.Count ? words[i + 1] : null))
            {
                words[i] = meant;
                state = QuestionWords.Contains(meant) ? 1 : 2;
                continue;
            }

            if (state == 1 && Subjects.Contains(word) && i + 1 < words.Count && Modals.TryGetValue(words[i + 1], out var modal))
            {
                // "what I can do", "how I can stop it", "what I must do": the question's usual order.
                words[i] = modal;
                words[i + 1] = word;
                i++;
                state = 2;
                continue;
            }

            state = state == 0 && Openers.Contains(word) ? 0 : state == 0 && QuestionWords.Contains(word) ? 1 : 2;
        }
    }

    private static bool FitsAQuestion(string meant, string? next) =>
        next is not null && !TextNormalizer.IsBoundary(next) &&
        (OpenEnded.Contains(meant) || Auxiliaries.Contains(next) ||
         (AlsoBefore.TryGetValue(meant, out var also) && also.Contains(next)));
}
