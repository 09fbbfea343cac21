using CrampBot.Content;
using CrampBot.Cards;

namespace CrampBot.Tests.Cards;

/// <summary>
/// Every kind of card the builders produce, filled with realistic texts (paraphrasing the leaflet; the real texts
/// live in the content file), plus one card that uses the rest of the model.
/// </summary>
public static class SampleCards
{
    private const string LeafletSource = "From the leaflet \"Leg cramps\", last updated 20 June 2012.";

    private static readonly CardButton Ultrasound = new("Ultrasound scans", "ultrasound");
    private static readonly CardButton Dialysis = new("Dialysis", "dialysis");
    private static readonly CardButton Dvt = new("Blood clots (DVT)", "what is a DVT");

    public static TopicCardContent Kidneys => new(
        "Your kidneys",
        ["Your kidneys are organs that filter your blood to make urine. You have two, one on either side of your body, under your ribcage near your back."],
        "Why it matters for cramps",
        ["Dialysis cleans your blood with a machine when your kidneys aren't working properly. Having dialysis is one of the things that can make leg cramps more likely."],
        [Dialysis, new CardButton("What makes cramps likelier?", "what makes cramps more likely")])
    {
        Source = LeafletSource,
        RelatedTopicsLabel = "You can also ask about:",
    };

    public static TopicCardContent UltrasoundTopic => new(
        "Ultrasound scans",
        [
            "Ultrasound is a tool doctors use to make pictures of the inside of your body.",
            "The machine sends high-frequency sound waves at part of your body & they bounce back to make a picture <no radiation>.",
        ],
        "Why it matters for cramps",
        ["If your calf or thigh is swollen as well as painful, you might need an ultrasound scan to check for a blood clot (DVT)."],
        [Dvt])
    {
        Source = LeafletSource,
        RelatedTopicsLabel = "You can also ask about:",
    };

    /// <summary>The least a topic card can hold: no source, no related topics, no language.</summary>
    public static TopicCardContent BareTopic => new(
        "Leg cramps", ["A leg cramp is a sudden tightening of a muscle, often at night."], "Why it matters", ["Most cramps are not serious."], []);

    public static TriageOutcomeContent Outcome(TriageLevel level, bool withButtons) =>
        new(level, $"{level}: what to do now", [$"Advice for the {level} outcome.", "A second paragraph of advice."])
        {
            Buttons = withButtons ? [Ultrasound, Dvt] : [],
            ButtonsLabel = withButtons ? "Find out more:" : null,
            Sources = withButtons
                ? new CardSources("Sources:", [LeafletSource, "NHS: Deep vein thrombosis (DVT)"], "This information has not yet been checked by a clinician.")
                : null,
        };

    /// <summary>The parts of the model no builder uses yet, so they are checked against the schema too.</summary>
    public static AdaptiveCard EveryElement() => new()
    {
        Version = "1.5",
        Body =
        [
            TextBlock.Heading("Everything"),
            new TextBlock("Subtle, small, accent") { IsSubtle = true, Size = TextSize.ExtraLarge, Color = TextColor.Accent, Weight = TextWeight.Lighter },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "auto", Items = [new TextBlock("Left")] },
                    new Column { Width = "stretch", Style = ContainerStyle.Accent, Items = [new TextBlock("Right")] },
                ],
            },
            new FactSet { Facts = [new Fact("Where", "Calf, thigh or foot"), new Fact("How long", "Seconds to 10 minutes")], Separator = true, Spacing = Spacing.Large },
            new Container { Style = ContainerStyle.Good, Id = "good", Items = [TextBlock.Paragraph("Good")] },
        ],
        Actions =
        [
            CardActions.Submit("Yes", "yes"),
            new ShowCardAction("More", new AdaptiveCard { Body = [TextBlock.Paragraph("Nested card")] }) { Tooltip = "Show more", Style = ActionStyle.Positive },
        ],
        FallbackText = "Everything",
        Speak = "Everything",
        Lang = "en",
        MsTeams = TeamsCardSettings.FullWidth,
    };

    /// <summary>Name → card, for theories.</summary>
    public static IReadOnlyDictionary<string, AdaptiveCard> All { get; } = Build();

    public static TheoryData<string> Names => [.. All.Keys];

    private static Dictionary<string, AdaptiveCard> Build()
    {
        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["topic-kidneys"] = TopicCard.Build(Kidneys),
            ["topic-ultrasound"] = TopicCard.Build(UltrasoundTopic),
            ["topic-bare"] = TopicCard.Build(BareTopic),
            ["every-element"] = EveryElement(),
        };
        foreach (var level in Enum.GetValues<TriageLevel>())
        {
            cards[$"triage-{level}"] = TriageOutcomeCard.Build(Outcome(level, withButtons: false));
            cards[$"triage-{level}-buttons"] = TriageOutcomeCard.Build(Outcome(level, withButtons: true));
        }

        return cards;
    }
}
