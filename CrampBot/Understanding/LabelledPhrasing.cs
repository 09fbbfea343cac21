namespace CrampBot.Understanding;

/// <summary>
/// One way a patient asked something, with what it meant: "topic:&lt;id&gt;", or an intent ("outOfScope", "greeting",
/// "symptoms"…), as the labelled sets write it. The phrasing classifier learns from these.
/// </summary>
public sealed record LabelledPhrasing(string Label, string Text);
