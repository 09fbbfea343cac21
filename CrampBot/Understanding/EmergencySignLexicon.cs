namespace CrampBot.Understanding;

/// <summary>
/// How patients write each emergency sign. Recognizer data only: what the bot says about the signs, and the NHS
/// source behind each, live in the content file's <c>signs</c>. Built for recall: a word too many here costs one
/// unneeded sentence of emergency advice; a word too few can cost a life.
/// </summary>
internal static class EmergencySignLexicon
{
    /// <summary>Pain words that join "chest", "upper back" or "heart" into a sign.</summary>
    private static readonly PhraseSet PainOrPressure = new(
    [
        .. SignalLexicon.PainWords,
        "tight", "tightness", "tightening", "tighten", "pressure", "heavy", "heaviness", "crushing", "crushed",
        "squeezing", "squeeze", "squeezed", "discomfort", "uncomfortable", "burning", "burns", "funny", "weird",
        "strange", "odd", "not right", "doesnt feel right", "feels wrong", "elephant", "band", "weight on", "sharp",
        "twinge", "twinges", "niggle", "pang", "pangs", "stitch", "constricted", "vice", "pins", "hurty",
        "gyp", "jip", "giving me gyp", "playing up", "killing",
    ]);

    private static readonly PhraseSet Chest = new(["chest", "chests", "ribs", "rib cage", "ribcage", "breastbone", "sternum",
        "breast", "breasts", "lung", "lungs", "middle of my chest", "centre of my chest", "center of my chest",
        "middle of the chest", "centre of the chest", "center of the chest", "side of my chest", "front of my chest"]);

    public static readonly SignPattern ChestPain = new()
    {
        Phrases = new(["angina", "chess pain", "chess pains", "heart pain", "heart pains", "heart hurts", "heart hurting",
            "pain in my heart", "pain around my heart", "pains around my heart"]),
        Compounds =
        [
            new(Chest, PainOrPressure, SignReach.Message),
            // "cramp in my chest" is not a leg cramp; kept within a clause so "leg cramps … chest infection" stays apart.
            new(Chest, new(["cramp", "cramps", "cramping", "spasm", "spasms", "fluttering"]), SignReach.Near),
        ],
        NotThis = new(["chest infection", "chest infections", "chest of drawers", "chest x ray", "chest xray",
            "chest hair", "chest freezer", "treasure chest", "chest press", "chest day", "heart pain relief", "medicine chest",
            "tool chest", "toy chest", "ice chest", "chest of",
            // Voice-to-text hears "how long" as "how lung".
            "how lung"]),
    };

    private static readonly PhraseSet Breath = new(["breath", "breathe", "breathing", "breaths", "breathed"]);

    public static readonly SignPattern Breathlessness = new()
    {
        Phrases = new(
        [
            "breathless", "breathlessness", "short of breath", "shortness of breath", "out of breath", "catch my breath",
            "catch my breathe", "catch her breath", "catch his breath", "catch their breath", "cant get my breath",
            "get my breath", "short of breadth", "gasping", "gasp", "gasps", "gasped", "winded", "puffed", "puffed out",
            "out of puff", "puffing", "panting", "gasping for air", "fighting for breath", "struggling for air",
            "fighting for air", "not enough air", "cant get enough air", "cant get air", "gulping air", "gulping for air",
            "hyperventilating", "suffocating", "choking for air", "breathlesness", "sob", "cant breed", "cannot breed",
            "cant brief", "wheezing", "wheeze", "wheezy", "wheezes", "wheezed",
            // Not breathing is the emergency itself, never a denial of it.
            "not breathing", "isnt breathing", "wasnt breathing", "stopped breathing", "stops breathing",
            // NHS Shortness of breath, call 999: "gasping, choking or not able to get words out".
            "choking", "cant get my words out", "cant get words out", "cant get the words out", "cant speak for breath",
            "hard to get air", "get air in", "getting air in", "get enough air", "getting enough air", "not getting air",
            "short of air", "air hunger", "hungry for air", "starved of air",
        ]),
        Compounds =
        [
            new(Breath, new(
            [
                "cant", "cannot", "can not", "unable", "not able", "no can", "can no", "not can", "struggle", "struggling", "struggled", "struggles", "difficult",
                "difficulty", "difficulties", "hard", "harder", "hardly", "trouble", "problem", "problems", "laboured",
                "labored", "painful", "hurts", "hurt", "pain", "short", "shorter", "tight", "stop", "stopped", "stops",
                "barely", "fast", "faster", "quick", "quickly", "rapid", "shallow", "gasping", "catch", "heavy",
                "heavily", "weird", "funny", "strange", "worse", "effort", "rattly", "noisy", "issue", "issues", "bad",
                "terrible", "awful", "not good", "isnt good", "not right", "isnt right", "not normal", "isnt normal",
                "not ok", "not okay", "isnt ok", "isnt okay", "not great", "not well", "not easy", "wrong", "odd",
                "couldnt", "could not", "cudnt", "cnt", "carnt", "cant hardly", "wasnt able", "werent able", "off",
            ]), SignReach.Sentence),
            // NHS Shortness of breath, call 999: "lips or skin turning very pale, blue or grey": what too little air looks like.
            new(new(["lips", "lip", "face", "tongue", "mouth"]), new(["blue", "bluish", "blueish", "bluey", "grey", "gray",
                "greyish", "grayish", "purple", "purplish", "dusky"]), SignReach.Clause),
        ],
        // A deep breath is no look-alike: "it hurts to take a deep breath" is the chest pain of a clot in the lung.
        NotThis = new(["bad breath", "breath of fresh air", "puffed up", "breath mints", "puffing on", "blue in the face",
            "choking hazard"]),
    };

    private static readonly PhraseSet Blood = new(["blood", "bloody", "bleeding", "bloodstained", "blood stained", "blood streaked"]);

    public static readonly SignPattern CoughingBlood = new()
    {
        Phrases = new(["haemoptysis", "hemoptysis", "pink frothy", "frothy pink", "pink froth", "rusty phlegm",
            "vomiting blood", "throwing up blood", "bringing up blood", "coughing up blood", "cough up blood"]),
        Compounds =
        [
            new(Blood, new(
            [
                "cough", "coughs", "coughing", "coughed", "coughin", "coff", "coffing", "spit", "spits", "spitting",
                "spat", "phlegm", "sputum", "mucus", "mucous", "bringing up", "brought up", "bring up", "hacking",
                "vomit", "vomiting", "vomited", "throwing up", "threw up", "hawking", "gob", "catarrh",
            ]), SignReach.Sentence),
            // Blood described by its colour: "coughing up pink stuff", "red in my spit".
            new(new(["red", "reddish", "pink", "pinkish", "rusty", "rust coloured", "rust colored"]), new(
            [
                "cough", "coughs", "coughing", "coughed", "coughin", "spit", "spits", "spitting", "spat", "phlegm",
                "sputum", "mucus", "mucous", "bringing up", "brought up", "bring up", "hawking", "catarrh",
            ]), SignReach.Clause),
        ],
        NotThis = new(["blood pressure", "blood test", "blood tests", "blood thinner", "blood thinners", "blood sugar",
            "blood sugars", "blood circulation", "blood flow", "blood vessel", "blood vessels", "blood cells",
            "blood donor", "blood orange"]),
    };

    public static readonly SignPattern Collapse = new()
    {
        Phrases = new(
        [
            // "fainted" and "fainting" stem to "faint", which the dizziness sign hears with its look-alikes.
            "collapse", "collapsed", "collapsing", "passed out", "pass out", "passing out",
            "blacked out", "black out", "blacking out", "blackout", "blackouts", "unconscious", "heart attack",
            "keeled over", "lost consciousness", "losing consciousness", "went down like a sack", "out cold",
            "conked out", "flaked out", "not responding", "unresponsive", "saw stars", "seeing stars", "see stars",
            "everything went black", "went black", "legs gave way", "legs gave out", "legs went from under me",
            "nearly went down", "hit the deck", "dropped to the floor", "fell unconscious",
        ]),
        // Folding things away is not collapsing: "collapsed the deckchair".
        NotThis = new(["collapsed the deckchair", "collapsed the chair", "collapsed the buggy", "collapsed the pram",
            "collapsed the tent", "collapsed the table", "collapsed the umbrella", "collapsed the box", "heart attack risk",
            "passed out leaflets", "passed out flyers", "passed out sweets", "passed out papers", "passed out programmes",
            "passed out cards", "passed out cake", "passed out drinks", "chair collapsed", "deckchair collapsed",
            "bed collapsed", "table collapsed", "stool collapsed", "ladder collapsed", "tent collapsed"]),
    };

    private static readonly PhraseSet Heart = new(["heart", "heartbeat", "heart beat", "heart rate", "pulse", "ticker", "heartbeats"]);

    public static readonly SignPattern FastHeartbeat = new()
    {
        Phrases = new(["palpitations", "palpitation", "palpitating", "palpatations", "tachycardia", "racing heart",
            "pounding heart", "fast heartbeat", "rapid heartbeat", "heart flutter", "heart flutters", "fluttering heart",
            "pal pitations", "pal pitation", "hard is racing", "hard racing", "hard is pounding", "hard is beating fast",
            "hart racing", "hart is racing"]),
        Compounds =
        [
            new(Heart, new(
            [
                "racing", "race", "races", "raced", "fast", "faster", "rapid", "rapidly", "pounding", "pound", "pounds",
                "thumping", "thump", "thumps", "fluttering", "flutter", "flutters", "skipping", "skip", "skips",
                "skipped", "crazy", "mad", "hammering", "hammer", "galloping", "gallop", "going like", "irregular",
                "erratic", "high", "banging", "bang", "jumping", "running away", "hundred miles an hour", "drum",
                "all over the place", "speeding", "beating hard", "wild", "wildly", "ten to the dozen",
                "nineteen to the dozen", "like the clappers", "going nuts",
            ]), SignReach.Sentence),
        ],
        NotThis = new(["heart attack", "heart set on", "heart goes out", "heart disease", "racing heart rate monitor"]),
    };

    public static readonly SignPattern Dizziness = new()
    {
        Phrases = new(["dizzy", "dizziness", "dizzyness", "light headed", "lightheaded", "light headedness",
            "lightheadedness", "woozy", "faint", "fainted", "fainting", "faints", "faintness", "feel faint", "vertigo", "head spinning", "room spinning",
            "room is spinning", "giddy", "about to pass out", "going to pass out", "dizy", "lightheded", "like headed",
            "lite headed", "light head", "all wobbly", "went wobbly", "felt wobbly", "feel wobbly", "came over all",
            "come over all", "comes over all", "funny turn", "queer turn", "had a turn", "went all funny", "swimmy",
            "swimmy headed", "muzzy headed", "head swimming", "head is swimming"]),
        NotThis = new(["faint ache", "faint pain", "faint redness", "faint red", "faint mark", "faint marks", "faint line",
            "faint bruise", "faint swelling", "faint throb", "faint twinge", "faint tingle", "faint hope", "faint idea",
            "faintest", "faint scar", "faint hearted", "faintheart", "faintly", "faint memory", "faint recollection"]),
    };

    private static readonly PhraseSet UpperBack = new(["upper back", "top of my back", "shoulder blade", "shoulder blades",
        "between my shoulders", "between the shoulders", "upper part of my back"]);

    public static readonly SignPattern UpperBackPain = new()
    {
        Phrases = new(["upper back pain", "upper backache"]),
        Compounds = [new(UpperBack, PainOrPressure, SignReach.Sentence)],
    };

    public static readonly SignPattern ColdOrPaleLeg = new()
    {
        Phrases = new(["pale", "paler", "white", "whiter", "blue", "bluish", "icy", "ice cold", "stone cold",
            "freezing cold", "cold to the touch", "cold to touch", "gone cold", "grey", "gray", "really cold", "very cold",
            "all blew", "gone blew", "turned blew", "went blew", "bluey", "blueish"]),
        NotThis = new(["white socks", "white stockings", "blue badge", "white wine", "white bread", "feeling blue",
            "blue light", "out of the blue", "cold weather", "cold water", "cold compress", "cold pack", "ice pack",
            "white blood", "icy roads", "icy pavement", "grey hair", "blue pill", "blue inhaler", "bit blue", "feel blue",
            "felt blue", "feeling so blue", "got the blues", "very cold weather", "really cold weather",
            // Varicose veins are blue: "big blue veins on my legs".
            "blue veins", "blue vein", "veins are blue", "veins look blue", "blue varicose", "veins are big and blue",
            "veins big and blue", "veins are blue and", "veins all blue",
            "really cold outside", "very cold outside", "white wine", "blue cheese"]),
        AboutTheLeg = true,
    };

    /// <summary>Every emergency sign and its pattern.</summary>
    public static IReadOnlyList<(EmergencySymptoms Sign, SignPattern Pattern)> All { get; } =
    [
        (EmergencySymptoms.ChestPain, ChestPain), (EmergencySymptoms.Breathlessness, Breathlessness),
        (EmergencySymptoms.CoughingBlood, CoughingBlood), (EmergencySymptoms.Collapse, Collapse),
        (EmergencySymptoms.FastHeartbeat, FastHeartbeat), (EmergencySymptoms.Dizziness, Dizziness),
        (EmergencySymptoms.UpperBackPain, UpperBackPain), (EmergencySymptoms.ColdOrPaleLeg, ColdOrPaleLeg),
    ];
}
