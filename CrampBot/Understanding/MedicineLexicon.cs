namespace CrampBot.Understanding;

/// <summary>Words around medicines: asking whether one causes cramps, or about stopping one. Recognizer data only.</summary>
internal static class MedicineLexicon
{
    /// <summary>Generic words for a medicine ("my tablets").</summary>
    public static readonly PhraseSet GenericMedicine = new(
    [
        "medicine", "medicines", "medication", "medications", "meds", "tablet", "tablets", "pill", "pills", "drug",
        "drugs", "prescription", "inhaler", "injection", "dose", "dosage", "treatment", "capsules", "capsule",
    ]);

    /// <summary>Words that show a message is about a medicine's effects.</summary>
    public static readonly PhraseSet Context = new(
    [
        "cause", "causes", "causing", "caused", "give", "gives", "giving", "side effect", "side effects", "take",
        "taking", "took", "on", "prescribed", "using", "list", "linked", "link", "cramp", "cramps", "trigger",
        "triggers", "make", "makes", "what about", "started", "medicine", "medication", "tablet", "pill", "drug",
        "responsible", "due to", "because of", "from", "stop", "stopping", "quit", "come off",
    ]);

    /// <summary>Words right before a name that leave little doubt it is a medicine ("I take …", "I'm on …").</summary>
    public static readonly PhraseSet StrongSlotBefore = new(
        ["take", "taking", "took", "on", "using", "prescribed", "started", "starting", "tried", "about", "stop", "stopping", "quit"]);

    /// <summary>Words right after a name that leave little doubt it is a medicine ("… tablets").</summary>
    public static readonly PhraseSet StrongSlotAfter = new(
        ["tablet", "tablets", "pill", "pills", "medicine", "medication", "capsule", "capsules", "inhaler", "injection", "injections", "cream"]);

    /// <summary>A word right before a medicine's name ("I take …", "what about …").</summary>
    public static readonly PhraseSet SlotBefore = new(
    [
        "take", "taking", "took", "on", "using", "use", "prescribed", "about", "started", "starting", "tried",
        "with", "does", "do", "can", "could", "is", "are", "will", "would", "might", "may", "stop", "stopping",
        "quit", "my", "the", "from", "off", "and", "or",
    ]);

    /// <summary>A word right after a medicine's name ("… tablets", "… cause cramps").</summary>
    public static readonly PhraseSet SlotAfter = new(
    [
        "tablet", "tablets", "pill", "pills", "medicine", "medication", "cause", "causes", "causing", "give",
        "gives", "make", "makes", "trigger", "side", "linked", "and", "cramp", "cramps", "on", "be", "too",
    ]);

    /// <summary>Endings common in medicine names, used when the word is not in a clear slot.</summary>
    public static readonly string[] DrugSuffixes =
    [
        "ine", "ol", "ide", "pril", "sartan", "azole", "profen", "mab", "cin", "mycin", "cillin", "statin", "pam",
        "lam", "one", "zole", "fen", "xetine", "parin", "xaban", "gatran", "olol", "dipine", "tidine", "prazole",
        "thiazide", "semide", "lukast", "terol", "sone", "lone", "mide", "tin", "in", "ate", "al", "il", "an",
    ];

    public static readonly PhraseSet StopVerb = new(
    [
        "stop", "stopping", "stopped", "quit", "quitting", "discontinue", "come off", "coming off", "get off",
        "give up", "cut out", "cut down", "keep taking", "still take", "carry on taking", "continue taking",
        "continue", "ditch", "drop", "skip", "pause", "halt", "wean off", "reduce", "lower", "cut back",
        "stay on", "not take", "stop using", "bin", "change",
    ]);

    public static IEnumerable<PhraseSet> All => [GenericMedicine, Context, StrongSlotBefore, StrongSlotAfter, SlotBefore, SlotAfter, StopVerb];
}
