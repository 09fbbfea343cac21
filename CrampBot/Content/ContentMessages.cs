namespace CrampBot.Content;

/// <summary>Every patient-facing text that is not a topic answer or a triage text.</summary>
public sealed record ContentMessages
{
    public required string Welcome { get; init; }
    public required string Disclaimer { get; init; }
    public required string MenuPrompt { get; init; }
    public required string Help { get; init; }
    public required string Terms { get; init; }
    public required string Thanks { get; init; }
    public required string StartOver { get; init; }
    public required string OutOfScope { get; init; }
    public required string DidYouMean { get; init; }
    public required string TalkToDoctor { get; init; }

    /// <summary>Has a {medicine} placeholder: use <see cref="ContentCatalog.UnknownMedicineReply"/>.</summary>
    public required string UnknownMedicine { get; init; }

    /// <summary>Has {medicine} and {group}: use <see cref="ContentCatalog.MedicineSynonymNote"/>.</summary>
    public required string MedicineSynonymNote { get; init; }
    public required string StopMedicine { get; init; }
    public required string ForgetMe { get; init; }
    /// <summary>
    /// One line on where to turn if things are or get worse (emergency number, same-day route), added wherever a
    /// patient may leave without advice: out of scope, "talk to your doctor", "Did you mean …?".
    /// </summary>
    public required string SafetyNet { get; init; }
    public required string SourceLine { get; init; }
    /// <summary>Introduces the list of sources under a triage outcome ("Sources:").</summary>
    public required string SourcesLabel { get; init; }
    /// <summary>Label above related-topic buttons.</summary>
    public required string RelatedTopicsLabel { get; init; }
    /// <summary>Heading of the "why it matters" block on the kidneys and ultrasound cards.</summary>
    public required string WhyItMattersHeading { get; init; }
    /// <summary>The last button of "Did you mean …?".</summary>
    public required string NoneOfThese { get; init; }

    /// <summary>Said when a turn fails (the core's <c>BotAdapterOptions.TurnErrorReply</c>).</summary>
    public required string TurnError { get; init; }

    /// <summary>Said when a stored conversation could not be continued after an update.</summary>
    public required string RestartAfterUpdate { get; init; }

    /// <summary>Said in the chat when a message was refused for its size (too long, too many attachments).</summary>
    public required string MessageTooLong { get; init; }

    /// <summary>Said in the chat when a conversation sends faster than its rate limit allows.</summary>
    public required string TooManyMessages { get; init; }

    /// <summary>Said in the chat when a conversation holds as many activities as it may keep.</summary>
    public required string ConversationFull { get; init; }

    /// <summary>Each text with its JSON name, so validation can walk them all.</summary>
    internal IEnumerable<(string Name, string Text)> All() =>
    [
        ("welcome", Welcome), ("disclaimer", Disclaimer), ("menuPrompt", MenuPrompt), ("help", Help),
        ("terms", Terms), ("thanks", Thanks), ("startOver", StartOver), ("outOfScope", OutOfScope),
        ("didYouMean", DidYouMean), ("talkToDoctor", TalkToDoctor), ("unknownMedicine", UnknownMedicine),
        ("medicineSynonymNote", MedicineSynonymNote), ("stopMedicine", StopMedicine), ("forgetMe", ForgetMe),
        ("safetyNet", SafetyNet), ("sourceLine", SourceLine), ("sourcesLabel", SourcesLabel),
        ("relatedTopicsLabel", RelatedTopicsLabel), ("whyItMattersHeading", WhyItMattersHeading), ("noneOfThese", NoneOfThese),
        ("turnError", TurnError), ("restartAfterUpdate", RestartAfterUpdate),
        ("messageTooLong", MessageTooLong), ("tooManyMessages", TooManyMessages), ("conversationFull", ConversationFull),
    ];
}
