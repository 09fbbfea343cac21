namespace CrampBot.Tests.Scale;

/// <summary>
/// The leg pain check as four steps whose right answers depend on the state the previous step saved: a turn that
/// starts from stale state answers the wrong question (or welcomes the patient again).
/// </summary>
internal static class LegPainScript
{
    public static IReadOnlyList<ScriptStep> Steps { get; } =
    [
        new("join", a => { a.Type = ActivityTypes.ConversationUpdate; a.MembersAdded = [a.From!]; }, 1,
            r => Says(r[0], "I'm CrampBot")),
        new("my calf hurts", a => a.Text = "my calf hurts", 2,
            r => Says(r[0], "sorry") && Says(r[1], "Is your leg swollen?")),
        new("no", a => a.Text = "no", 1,
            r => HasCard(r[0], "Yes, at least one")),
        new("No, none of these", a => a.Text = "No, none of these", 1,
            r => HasCard(r[0], "What you can do now")),
    ];

    private static bool Says(Activity reply, string fragment) =>
        (reply.Text ?? "").Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static bool HasCard(Activity reply, string fragment) =>
        reply.Attachments is [{ ContentType: ContentTypes.AdaptiveCard, Content: { } content }]
        && content.ToJsonString().Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
