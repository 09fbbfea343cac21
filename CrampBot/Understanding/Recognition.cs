namespace CrampBot.Understanding;

/// <summary>
/// What the recognizer made of one message. Act on <see cref="RedFlag"/> first (on every message, mid-prompt too):
/// Emergency → emergency advice now; LegPainWithSwelling → leg pain check straight to its outcome; LegPain → the
/// leg pain check when <see cref="Intent"/> is <see cref="Understanding.Intent.ReportSymptoms"/> (a confident topic
/// question that merely mentions pain is answered first). Then the intent; when <see cref="NeedsClarification"/>,
/// offer <see cref="Candidates"/> as "Did you mean …?" buttons instead of guessing.
/// </summary>
public sealed record Recognition
{
    public required Intent Intent { get; init; }

    /// <summary>The topic when <see cref="Intent"/> is <see cref="Understanding.Intent.Topic"/>.</summary>
    public string? TopicId { get; init; }

    /// <summary>
    /// A second question asked in the same message ("what causes cramps and can my statins do it?"): its topic, to
    /// answer after <see cref="TopicId"/>.
    /// </summary>
    public string? SecondTopicId { get; init; }

    /// <summary>Confidence in the top reading, 0–1.</summary>
    public required double Score { get; init; }

    /// <summary>The best readings, best first (at most <see cref="RecognizerOptions.MaxCandidates"/>).</summary>
    public required IReadOnlyList<IntentCandidate> Candidates { get; init; }

    /// <summary>True when the top topic is weak or close to the runner-up: ask "Did you mean …?".</summary>
    public required bool NeedsClarification { get; init; }
    public required ClinicalSignals Signals { get; init; }
    public required RedFlag RedFlag { get; init; }

    /// <summary>Listed medicines mentioned, in order.</summary>
    public IReadOnlyList<MedicineMention> Medicines { get; init; } = [];

    /// <summary>The medicine name the patient used when it is not on the leaflet's list ("ibuprofen").</summary>
    public string? UnknownMedicineName { get; init; }

    /// <summary>The message read as an answer to "Is your leg swollen?" (or any yes/no question).</summary>
    public YesNoAnswer Answer { get; init; }

    public static Recognition Empty { get; } = new()
    {
        Intent = Intent.None, Score = 0, Candidates = [], NeedsClarification = false,
        Signals = ClinicalSignals.None, RedFlag = RedFlag.None,
    };
}
