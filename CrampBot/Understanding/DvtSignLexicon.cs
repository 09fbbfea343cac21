namespace CrampBot.Understanding;

/// <summary>
/// How patients write the signs of a DVT besides swelling (NHS DVT guidance: one leg bigger, warm skin, red or
/// darkened skin, hard or sore veins, throbbing pain). Recognizer data only; the content file says what they mean.
/// </summary>
internal static class DvtSignLexicon
{
    public static readonly SignPattern OneLegBigger = new()
    {
        Phrases = new(
        [
            "bigger than the other", "bigger than my other", "bigger than the right", "bigger than the left",
            "bigger than my right", "bigger than my left", "larger than the other", "fatter than the other",
            "thicker than the other", "wider than the other", "not the same size", "different sizes", "different size",
            "one is bigger", "ones bigger", "one is fatter", "one is thicker", "twice the size", "double the size",
            "bigger then the other", "bigger than the other one", "looks bigger", "gotten bigger", "got bigger",
        ]),
        Compounds =
        [
            new(SignalLexicon.Leg, new(["bigger", "larger", "fatter", "thicker", "wider", "biger", "more fat", "more big",
                "more bigger", "more thick", "more large", "fat than", "big than"]), SignReach.Sentence),
        ],
        NotThis = new(["bigger picture"]),
        AboutTheLeg = true,
    };

    public static readonly SignPattern WarmSkin = new()
    {
        Phrases = new(["warm", "warmer", "warmth", "hot", "hotter", "burning hot", "feels hot", "radiating heat",
            "heat coming off", "hot to touch", "hot to the touch", "warm to touch", "warm to the touch", "toasty", "heat",
            "burning up", "feverish"]),
        NotThis = new(["hot water", "hot water bottle", "warm bath", "hot bath", "warm up", "warming up", "warm ups",
            "hot weather", "warm weather", "hot flush", "hot flushes", "hot flash", "hot flashes", "hot drink",
            "warm drink", "hot tub", "warm milk", "hot compress", "warm compress", "hot day", "warm day", "hot night",
            "keep warm", "keep it warm", "keeping it warm", "hot shower", "warm shower", "hot pack", "heat pack",
            "hot mess", "hot chocolate", "warm towel", "heat pad", "heat patch", "heat wave", "heatwave",
            "in the heat", "used heat", "put heat", "apply heat", "heat rub"]),
        AboutTheLeg = true,
    };

    public static readonly SignPattern RedOrDarkSkin = new()
    {
        Phrases = new(["red", "redder", "redness", "reddish", "reddened", "darker", "darkened", "dark", "purple",
            "purplish", "discoloured", "discolored", "discolouration", "discoloration", "changed colour",
            "changed color", "funny colour", "funny color", "different colour", "different color", "mottled",
            "blotchy", "inflamed", "angry looking", "red hot",
            // Voice-to-text hears "red" as "read" ("swollen and read").
            "swallowed and read", "swollen and read", "read and swollen", "read and hot", "hot and read", "warm and read",
            "read and warm", "looks read", "gone read", "turned read", "all read"]),
        NotThis = new(["red wine", "red meat", "dark chocolate", "in the dark", "dark circles", "red flag", "red flags",
            "the reds", "dark room", "after dark", "red tape", "red cross", "seeing red", "red bull"]),
        AboutTheLeg = true,
    };

    // Where a clot forms (NHS: the calf or thigh), not the knee or foot, which have their own causes of tenderness.
    private static readonly PhraseSet CalfOrThigh = new(["leg", "legs", "calf", "calves", "calve", "thigh", "thighs",
        "lower leg", "upper leg"]);

    public static readonly SignPattern HardOrSoreVeins = new()
    {
        Phrases = new(["hard vein", "hard veins", "sore vein", "sore veins"]),
        Compounds =
        [
            // A patient cannot tell a sore vein from a sore calf: a calf that is sore when touched is taken as this sign.
            new(CalfOrThigh, new(["tender", "tenderness", "sore to touch", "sore to the touch", "sore when i touch",
                "sore when touched", "hurts to touch", "hurts when i touch", "hurts when touched", "painful to touch",
                "painful to the touch", "painful when i touch", "painful when touched"]), SignReach.Sentence),
            new(new(["vein", "veins", "veiny"]), new(
            [
                "hard", "harder", "sore", "tender", "painful", "pain", "hurt", "hurts", "hurting", "swollen", "swelling",
                "lumpy", "lump", "firm", "cord", "rope", "ropey", "ropy", "throbbing", "red", "hot", "warm", "raised",
                "ache", "aching", "achy",
            ]), SignReach.Sentence),
        ],
    };

    public static readonly SignPattern ThrobbingPain = new()
    {
        Phrases = new(["throbbing", "throb", "throbs", "throbbed", "pulsing", "pulsating", "pounding"]),
        NotThis = new(["throbbing headache", "pounding headache", "heart pounding", "pounding heart", "head pounding",
            "head throbbing", "pounding the pavement"]),
        AboutTheLeg = true,
    };

    /// <summary>Every DVT sign besides swelling, and its pattern.</summary>
    public static IReadOnlyList<(DvtSigns Sign, SignPattern Pattern)> All { get; } =
    [
        (DvtSigns.OneLegBigger, OneLegBigger), (DvtSigns.WarmSkin, WarmSkin), (DvtSigns.RedOrDarkSkin, RedOrDarkSkin),
        (DvtSigns.HardOrSoreVeins, HardOrSoreVeins), (DvtSigns.ThrobbingPain, ThrobbingPain),
    ];
}
