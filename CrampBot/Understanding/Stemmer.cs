namespace CrampBot.Understanding;

/// <summary>
/// A deliberately light stemmer plus the synonym table: it only has to make "cramps", "cramping" and "cramp" (or
/// "swelling", "swolen", "puffy") meet, on both the patient's words and the recognizer's own word lists.
/// </summary>
internal static class Stemmer
{
    // Patient words that mean the same thing to the recognizer, mapped to one canonical word.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["calves"] = "calf", ["legs"] = "leg", ["thighs"] = "thigh", ["feet"] = "foot", ["toes"] = "toe",
        ["swollen"] = "swollen", ["swelling"] = "swollen", ["swell"] = "swollen", ["swells"] = "swollen",
        ["swelled"] = "swollen", ["swelt"] = "swollen", ["swole"] = "swollen", ["puffy"] = "swollen",
        ["puffiness"] = "swollen", ["swellings"] = "swollen", ["oedema"] = "swollen",
        ["edema"] = "swollen",
        ["clot"] = "dvt", ["clots"] = "dvt", ["clotted"] = "dvt", ["thrombosis"] = "dvt", ["thromboses"] = "dvt",
        ["dvt"] = "dvt", ["dvts"] = "dvt",
        ["breathe"] = "breath", ["breathing"] = "breath", ["breath"] = "breath", ["breaths"] = "breath",
        ["breathes"] = "breath", ["breathed"] = "breath",
        ["coughing"] = "cough", ["coughed"] = "cough", ["coughs"] = "cough",
        ["medicines"] = "medicine", ["medications"] = "medication", ["meds"] = "medicine", ["med"] = "medicine",
        ["tablets"] = "tablet", ["tabs"] = "tablet", ["pills"] = "pill", ["drugs"] = "drug",
        ["kidneys"] = "kidney", ["nerves"] = "nerve", ["veins"] = "vein", ["muscles"] = "muscle",
        ["pregnancy"] = "pregnant", ["pregnent"] = "pregnant",
        ["nighttime"] = "night", ["nite"] = "night", ["nites"] = "night", ["tonite"] = "night", ["nights"] = "night", ["overnight"] = "night", ["nightly"] = "night",
        ["bedtime"] = "bed", ["minutes"] = "minute", ["mins"] = "minute", ["min"] = "minute", ["seconds"] = "second",
        ["secs"] = "second", ["hours"] = "hour", ["hrs"] = "hour",
        ["im"] = "im", ["ive"] = "ive", ["hart"] = "heart",
        // Texting spellings of question words: kept as words, never "corrected" into medical ones ("wat" → "water").
        ["wat"] = "what", ["wot"] = "what", ["wiv"] = "with", ["4"] = "for",
        // "panting" would stem to "pant" and meet "pants" (trousers); "puffed" is breathless ("I'm puffed out"), and
        // stemmed alone it would meet "puff".
        ["panting"] = "panting", ["puffed"] = "puffed",
    };

    // Two-word names patients use for a cramp ("a charley horse"): read as the one word.
    private static readonly Dictionary<string, HashSet<string>> TwoWordSynonyms = new(StringComparer.Ordinal)
    {
        ["charley"] = ["horse", "horses"], ["charlie"] = ["horse", "horses"], ["charly"] = ["horse", "horses"],
    };

    // The canonical words themselves stay as they are: "nerve" must meet "nerves" (→ "nerve"), not stem to "nerv".
    private static readonly HashSet<string> CanonicalWords = [.. Synonyms.Values];

    /// <summary>The words the synonym table knows, so spelling correction leaves them alone.</summary>
    public static IEnumerable<string> KnownWords => Synonyms.Keys.Concat(TwoWordSynonyms.Keys).Append("horse");

    /// <summary>The canonical word for a two-word synonym ("charley horse" → "cramp"), or null.</summary>
    public static string? TwoWordCanonical(string first, string second) =>
        TwoWordSynonyms.TryGetValue(first, out var seconds) && seconds.Contains(second) ? "cramp" : null;

    public static string Canonical(string word)
    {
        if (Synonyms.TryGetValue(word, out var canonical))
        {
            return canonical;
        }

        return CanonicalWords.Contains(word) ? word : Stem(word);
    }

    private static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter))
        {
            return word;
        }

        var w = word;
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = Undouble(w[..^3]);
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = Undouble(w[..^2]);
        }
        else if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) &&
                 !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        return w;
    }

    // "running" → "runn" → "run"; but keep "swell", "stiff", "press".
    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'f' or 'z') ? w[..^1] : w;
}
