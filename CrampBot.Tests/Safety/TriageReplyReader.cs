using CrampBot.Content;

namespace CrampBot.Tests.Safety;

/// <summary>Reads a turn's replies as the most urgent thing the bot did, from the texts the content file defines.</summary>
public sealed class TriageReplyReader(ContentCatalog content)
{
    /// <summary>Consumes every reply of the turn and returns the most urgent reading.</summary>
    public TriageReply Read(TurnReplies turn)
    {
        var found = TriageReply.Other;
        turn.AssertEach(reply =>
        {
            var reading = Read(reply);
            if (reading > found)
            {
                found = reading;
            }
        });
        return found;
    }

    private TriageReply Read(Activity reply)
    {
        var card = reply.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard)?.Content?.ToJsonString() ?? "";
        if (HasOutcome(card, TriageLevel.Emergency, "attention"))
        {
            return TriageReply.Emergency;
        }

        if (HasOutcome(card, TriageLevel.UrgentSameDay, "warning"))
        {
            return TriageReply.SameDay;
        }

        if (HasOutcome(card, TriageLevel.SelfCare, "good"))
        {
            return TriageReply.SelfCare;
        }

        if (card.Contains(Json(content.Triage.OtherSignsQuestion), StringComparison.Ordinal))
        {
            return TriageReply.AskedAboutOtherSigns;
        }

        return (reply.Text ?? "").Contains(content.Triage.Question, StringComparison.Ordinal) ? TriageReply.AskedAboutSwelling : TriageReply.Other;
    }

    private bool HasOutcome(string card, TriageLevel level, string style) =>
        card.Contains(Json(content.GetOutcome(level).Title), StringComparison.Ordinal) && card.Contains($"\"style\":\"{style}\"", StringComparison.Ordinal);

    // The card is compared as JSON text, where an apostrophe or quote may be escaped.
    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
