namespace CrampBot.Understanding;

/// <summary>The words behind the clinical signals. Recognizer data only: nothing here is said to a patient.</summary>
internal static class SignalLexicon
{
    public static readonly PhraseSet Leg = new(
    [
        "leg", "legs", "calf", "calves", "thigh", "thighs", "foot", "feet", "shin", "shins", "knee", "knees",
        "ankle", "ankles", "hamstring", "hamstrings", "lower leg", "upper leg", "toe", "toes", "cankles",
    ]);

    /// <summary>The pain words, shared with the emergency signs that join them to a body part.</summary>
    public static readonly string[] PainWords =
    [
        "pain", "pains", "painful", "ache", "aches", "aching", "achy", "achey", "hurt", "hurts", "hurting",
        "sore", "soreness", "tender", "tenderness", "agony", "agonising", "agonizing", "stabbing", "killing me",
        "excruciating", "ouch", "ow", "oww", "owww", "owie", "burning", "stinging", "throbbing", "throbs", "twinge",
        "twinges", "niggle", "niggling", "bruised",
        // "It is paining" (Indian and African English); an exclamation is a pain word ("argh my thigh!!").
        "paining", "pained", "argh", "arghh", "aargh", "aaargh", "agh",
    ];

    public static readonly PhraseSet Pain = new(PainWords);

    /// <summary>Words that place a message in the leaflet's subject even without a topic keyword.</summary>
    public static readonly PhraseSet Subject = new(
        ["cramp", "cramps", "cramping", "crampy", "spasm", "spasms", "muscle", "muscles", "charley horse", "clot"]);

    /// <summary>The words that name a cramp itself.</summary>
    public static readonly PhraseSet CrampWords = new(["cramp", "cramps", "cramping", "crampy", "spasm", "spasms", "charley horse"]);

    /// <summary>"Right now", "it won't let go": the cramp is happening as the patient writes.</summary>
    public static readonly PhraseSet HappeningNow = new(["right now", "at the moment", "atm", "as we speak", "as i type",
        "as i write", "this minute", "wont let go", "not letting go", "wont go away", "not going away", "wont stop",
        "will not stop", "still going", "having a cramp", "having a bad cramp", "having a leg cramp", "having a calf cramp",
        "having a charley horse", "having a spasm"]);

    /// <summary>
    /// Words that point back at the cramps the conversation is about ("how do I get rid of them", "do I need to
    /// worry about these"): a question about them is on the subject though it names nothing.
    /// </summary>
    public static readonly PhraseSet PointsBackAtCramps = new(["them", "they", "these", "those", "theyre"]);

    /// <summary>Feelings in a named leg that deserve the leg pain check though no pain word is used ("my leg feels heavy").</summary>
    public static readonly PhraseSet LegOnlySymptom = new(["heavy", "heaviness", "tight", "tightness", "hard"]);

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
        "oedema", "edema", "blown up", "ballooned", "cankles", "fat ankle", "fat ankles", "fluid in my leg",
        "fluid in my legs", "puffing up", "bloated", "tree trunk", "like a balloon", "elephant leg", "elephant legs",
        "like an elephant",
        // Voice-to-text hears "swollen" as "swallowed": "my leg is swallowed".
        "is swallowed", "are swallowed", "looks swallowed", "gone swallowed", "all swallowed", "swallowed up",
    ]);

    /// <summary>"The skin has gone red": skin is what the leg signs are seen on.</summary>
    public static readonly PhraseSet Skin = new(["skin"]);

    /// <summary>"Feeling swell today": "swell" meaning fine, after these words, with no leg in the clause.</summary>
    public static readonly PhraseSet SwellMeaningFine = new(["feeling", "feel", "feels", "thats", "its", "just", "real"]);

    /// <summary>Body parts that are not the leg: pain or swelling next to them is not leg pain.</summary>
    public static readonly PhraseSet OtherBodyPart = new(
    [
        "head", "face", "eye", "eyes", "ear", "ears", "nose", "mouth", "lip", "lips", "tongue", "tooth", "teeth",
        "gum", "gums", "jaw", "throat", "neck", "gland", "glands", "shoulder", "shoulders", "arm", "arms", "elbow",
        "wrist", "hand", "hands", "finger", "fingers", "back", "spine", "stomach", "tummy", "belly", "abdomen",
        "chest", "breast", "hip", "hips", "bum", "eyelid", "cheek",
    ]);

    /// <summary>
    /// Words that plainly deny what follows ("no swelling", "isn't swollen", "without chest pain", "I don't have",
    /// "nothing swollen"). "never" and "can't" are not here on purpose: "never had pain like this" and "can't stop
    /// coughing blood" affirm the symptom; "nothing helps the swelling" stays a mention by the filler rule.
    /// </summary>
    public static readonly PhraseSet DenialCue = new(
    [
        "no", "not", "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt",
        "without", "nor", "neither", "none", "zero", "free of", "denies", "deny", "denied", "aint", "nope", "nah",
        "nothing", "nothings",
    ]);

    /// <summary>
    /// Words that may stand between a denial and the symptom it denies ("I haven't got any swelling", "no pain in my
    /// chest"). Anything else ("don't know why", "not sure if", "not that swollen") means it is not a plain denial.
    /// </summary>
    public static readonly PhraseSet DenialFiller = new(
    [
        "any", "a", "an", "the", "have", "has", "had", "having", "got", "get", "gets", "getting", "gotten", "feel",
        "feels", "feeling", "felt", "notice", "noticed", "noticing", "see", "seen", "experience", "experienced",
        "experiencing", "suffer", "suffering", "suffered", "been", "be", "being", "is", "am", "are", "was", "were",
        "im", "ive", "i", "it", "its", "my", "his", "her", "their", "your", "our", "he", "she", "they", "we", "you",
        "there", "theres", "currently", "now", "today", "signs", "sign", "symptom", "symptoms", "of", "in", "on",
        "with", "at", "or", "nor", "either", "more", "longer", "do", "does", "did", "problems", "problem", "trouble",
        "issues", "issue", "when", "while", "around", "round", "one", "ones", "leg", "legs", "either leg",
        "absolutely", "definitely", "certainly", "still",
    ]);

    /// <summary>A denial after these in the same clause is not plain: "can't walk without getting breathless".</summary>
    public static readonly PhraseSet DenialUndoer = new(
    [
        "cant", "cannot", "can not", "never", "couldnt", "wont", "wouldnt", "dont know", "not sure",
        "no idea", "unsure", "think", "maybe", "might", "wonder", "wondering",
    ]);

    /// <summary>After the symptom, these turn a denial into an emphasis: "no chest pain like this before".</summary>
    public static readonly PhraseSet DenialEmphasis = new(["until", "till", "before", "like this", "like that", "so bad"]);

    /// <summary>"No chest pain or anything like that": a denial widened to its kind, not an emphasis of it.</summary>
    public static readonly PhraseSet DenialWidening = new(["anything like this", "anything like that", "anything like it",
        "owt like that", "something like that"]);

    /// <summary>A bare answer that denies what came just before: "chest pain? no", "redness, heat - none of that".</summary>
    public static readonly PhraseSet BareNo = new(["no", "none", "nope", "nah", "not", "never", "n"]);

    /// <summary>What may follow a <see cref="BareNo"/>: "not at all", "none of those".</summary>
    public static readonly PhraseSet BareNoTail = new(["at", "all", "of", "that", "those", "these", "them", "the", "above", "no"]);

    /// <summary>What may follow a body part to say it is fine: "my chest is fine", "breathing normal".</summary>
    public static readonly PhraseSet IsFine = new(["fine", "ok", "okay", "alright", "all right", "normal", "good", "clear", "great"]);

    /// <summary>Words between a body part and <see cref="IsFine"/>: "my chest feels totally fine".</summary>
    public static readonly PhraseSet IsFineLink = new(["is", "feels", "feel", "seems", "its", "totally", "completely",
        "perfectly", "all", "absolutely", "quite", "really", "are", "was", "has been", "been"]);

    /// <summary>Words after which a denial no longer applies ("no swelling but chest pain").</summary>
    public static readonly PhraseSet ScopeBreaker = new(
        ["but", "however", "although", "though", "yet", "except", "apart", "and", "plus", "also", "whereas", "while", "just", "only"]);

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

    /// <summary>
    /// A person the message is about, besides the writer: "your calf", "my husband's leg", "her ankle". A question
    /// about a person is a report, not a general question.
    /// </summary>
    public static readonly PhraseSet OtherPerson = new(
    [
        "your", "yours", "yourself", "youre", "he", "hes", "him", "his", "she", "shes", "her", "hers", "they",
        "theyre", "their", "them", "husband", "husbands", "wife", "wifes", "partner", "partners", "mum", "mums", "mom",
        "moms", "mother", "mothers", "dad", "dads", "father", "fathers", "son", "sons", "daughter", "daughters",
        "child", "childs", "kid", "kids", "baby", "grandma", "grandmother", "granny", "nan", "nana", "grandad",
        "granddad", "grandpa", "grandfather", "friend", "friends", "brother", "brothers", "sister", "sisters", "aunt",
        "auntie", "uncle", "patient", "neighbour", "neighbor", "boyfriend", "girlfriend", "gf", "bf", "hubby",
        "missus", "fiance", "fiancee", "someone", "somebody", "person",
    ]);

    /// <summary>"you" asking the bot to do something ("can you tell me") rather than meaning the patient.</summary>
    public static readonly PhraseSet AddressingTheBot = new(["you tell", "you explain", "you help", "you give",
        "you show", "you say", "you list", "you describe", "you let", "you answer", "you know"]);

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
    [
        "no", "nope", "nah", "n", "not at all", "it isnt", "its not", "it is not", "negative", "no its not",
        "not swollen", "none", "none of these", "none of those", "none of them", "neither",
    ]);

    public static IEnumerable<PhraseSet> All =>
    [
        Subject, Leg, Pain, LegOnlySymptom, Clot, PainNotSymptom, Swelling, OtherBodyPart, DenialCue, DenialFiller,
        ScopeBreaker, Hedge, FirstPerson, OtherPerson, QuestionWord, Yes, No,
        .. EmergencySignLexicon.All.SelectMany(s => s.Pattern.Sets),
        .. DvtSignLexicon.All.SelectMany(s => s.Pattern.Sets),
    ];
}
