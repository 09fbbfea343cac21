namespace CrampBot.Understanding;

/// <summary>The words behind the clinical signals. Recognizer data only: nothing here is said to a patient.</summary>
internal static class SignalLexicon
{
    public static readonly PhraseSet Leg = new(
    [
        "leg", "legs", "calf", "calves", "thigh", "thighs", "foot", "feet", "shin", "shins", "knee", "knees",
        "ankle", "ankles", "hamstring", "hamstrings", "lower leg", "upper leg", "toe", "toes",
    ]);

    public static readonly PhraseSet Pain = new(
    [
        "pain", "pains", "painful", "ache", "aches", "aching", "achy", "achey", "hurt", "hurts", "hurting",
        "sore", "soreness", "tender", "tenderness", "throb", "throbs", "throbbing", "agony", "agonising",
        "agonizing", "stabbing", "killing me", "excruciating",
    ]);

    /// <summary>Words that place a message in the leaflet's subject even without a topic keyword.</summary>
    public static readonly PhraseSet Subject = new(
        ["cramp", "cramps", "cramping", "crampy", "spasm", "spasms", "muscle", "muscles", "charley horse", "clot"]);

    /// <summary>
    /// Other signs of a clot that count as leg pain when a leg is named ("my calf is red and hot"): NHS DVT guidance
    /// lists warm, red or darkened skin and a heavy ache.
    /// </summary>
    public static readonly PhraseSet LegOnlySymptom = new(
    [
        "red", "redness", "hot", "warm", "warmth", "heavy", "heaviness", "tight", "tightness", "discoloured",
        "discolored", "darkened", "dark", "purple", "hard",
    ]);

    /// <summary>A clot named in a report about oneself ("I think I've got a clot") is taken as a leg symptom.</summary>
    public static readonly PhraseSet Clot = new(["dvt", "clot", "thrombosis", "blood clot"]);

    /// <summary>"pain" that is not a symptom: "pain relief", "painkillers", "morphine for pain".</summary>
    public static readonly PhraseSet PainNotSymptom = new(
    [
        "pain relief", "pain relieve", "pain reliever", "pain relievers", "pain killer", "pain killers",
        "painkiller", "painkillers", "for pain", "for the pain", "pain management", "pain clinic", "pain team",
    ]);

    public static readonly PhraseSet Swelling = new(
    [
        "swollen", "swelling", "swell", "swells", "swelled", "swole", "puffy", "puffed up", "puffiness",
        "oedema", "edema", "bigger than the other", "fatter than the other", "larger than the other",
    ]);

    /// <summary>Body parts that are not the leg: pain or swelling next to them is not leg pain.</summary>
    public static readonly PhraseSet OtherBodyPart = new(
    [
        "head", "face", "eye", "eyes", "ear", "ears", "nose", "mouth", "lip", "lips", "tongue", "tooth", "teeth",
        "gum", "gums", "jaw", "throat", "neck", "gland", "glands", "shoulder", "shoulders", "arm", "arms", "elbow",
        "wrist", "hand", "hands", "finger", "fingers", "back", "spine", "stomach", "tummy", "belly", "abdomen",
        "chest", "breast", "hip", "hips", "bum", "eyelid", "cheek",
    ]);

    public static readonly PhraseSet Chest = new(["chest", "ribs", "rib cage"]);

    /// <summary>What can be wrong with a chest, besides pain words.</summary>
    public static readonly PhraseSet ChestSymptom = new(
    [
        "tight", "tightness", "tightening", "pressure", "heavy", "heaviness", "crushing", "squeezing", "discomfort",
        "burning", "pains", "pain", "hurts", "hurt", "hurting", "ache", "aching", "sore", "stabbing",
    ]);

    public static readonly PhraseSet Breathless = new(
    [
        "breathless", "breathlessness", "short of breath", "shortness of breath", "out of breath",
        "catch my breath", "catch my breathe", "gasping", "gasping for air", "fighting for breath", "winded",
        "cant get my breath",
    ]);

    public static readonly PhraseSet Breath = new(["breath", "breathe", "breathing", "air"]);

    /// <summary>Words that make "breathe" an emergency ("can't breathe", "struggling to breathe").</summary>
    public static readonly PhraseSet BreathingDifficulty = new(
    [
        "cant", "cannot", "unable", "struggle", "struggling", "struggled", "difficult", "difficulty", "hard",
        "trouble", "problem", "problems", "laboured", "labored", "painful", "hurts", "hurt", "pain", "short",
        "tight", "stop", "stopped", "stops", "barely",
    ]);

    public static readonly PhraseSet Blood = new(["blood", "bloody", "bleeding"]);
    public static readonly PhraseSet CoughOrSpit = new(
        ["cough", "coughs", "coughing", "coughed", "spit", "spitting", "phlegm", "sputum", "bringing up", "brought up"]);
    public static readonly PhraseSet CoughBloodWords = new(["haemoptysis", "hemoptysis"]);

    public static readonly PhraseSet Collapse = new(
    [
        "collapse", "collapsed", "collapsing", "fainted", "fainting", "passed out", "blacked out", "unconscious",
        "heart attack",
    ]);

    /// <summary>Words that negate what follows ("no swelling", "isn't swollen", "without chest pain").</summary>
    public static readonly PhraseSet Negator = new(
    [
        "no", "not", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt",
        "without", "never", "nor", "neither", "none", "cant", "cannot", "aint", "nope", "nothing", "zero",
        "free of", "no longer", "denies", "deny",
    ]);

    /// <summary>Words after which a negation no longer applies ("no swelling but chest pain").</summary>
    public static readonly PhraseSet ScopeBreaker = new(
        ["but", "however", "although", "though", "yet", "except", "apart", "and", "plus", "also", "whereas", "while"]);

    /// <summary>Words that make a swelling answer uncertain ("not sure if it's swollen", "maybe a bit swollen").</summary>
    public static readonly PhraseSet Hedge = new(
    [
        "not sure", "unsure", "dont know", "do not know", "dunno", "maybe", "might", "possibly", "perhaps",
        "cant tell", "cannot tell", "hard to tell", "hard to say", "no idea", "not certain", "could be",
        "think", "not really", "uncertain", "i guess", "kind of", "sort of", "a bit", "a little", "slightly",
    ]);

    /// <summary>Hedges that still mean "some swelling": they count as swelling present.</summary>
    public static readonly PhraseSet MildPositive = new(["a bit", "a little", "slightly", "kind of", "sort of", "quite", "very"]);

    public static readonly PhraseSet FirstPerson = new(["i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "our", "us"]);

    public static readonly PhraseSet QuestionWord = new(
    [
        "what", "whats", "why", "how", "hows", "when", "where", "which", "who", "can", "could", "does", "do", "is",
        "are", "will", "would", "should", "might", "may", "did", "whether", "tell",
    ]);

    public static readonly PhraseSet Yes = new(
    [
        "yes", "yeah", "yep", "yup", "ya", "yea", "yh", "aye", "y", "sure", "definitely", "correct", "indeed",
        "absolutely", "it is", "its swollen", "true", "affirmative", "i think so", "think so", "certainly",
    ]);

    public static readonly PhraseSet No = new(
        ["no", "nope", "nah", "n", "not at all", "it isnt", "its not", "it is not", "negative", "no its not", "not swollen"]);

    public static IEnumerable<PhraseSet> All =>
    [
        Subject, Leg, Pain, LegOnlySymptom, Clot, PainNotSymptom, Swelling, OtherBodyPart, Chest, ChestSymptom, Breathless, Breath, BreathingDifficulty, Blood,
        CoughOrSpit, CoughBloodWords, Collapse, Negator, ScopeBreaker, Hedge, FirstPerson, QuestionWord, Yes, No,
    ];
}
