using CrampBot.Protocol;

namespace CrampBot.TestKit;

/// <summary>
/// The bot's replies to one activity, consumed in order by assertions. The transcript fails the test at the end if
/// any reply was never asserted, so a forgotten assertion cannot pass silently.
/// </summary>
public sealed class TurnReplies(IReadOnlyList<Activity> replies, string sentDescription)
{
    private int _next;

    public IReadOnlyList<Activity> All => replies;

    public int Unasserted => replies.Count - _next;

    public string SentDescription => sentDescription;

    /// <summary>Asserts the next reply's text contains <paramref name="expected"/> (ignoring case).</summary>
    public TurnReplies AssertReply(string expected) => AssertReply(reply =>
        Assert.True(
            (reply.Text ?? string.Empty).Contains(expected, StringComparison.OrdinalIgnoreCase),
            $"After {sentDescription}, expected a reply containing \"{expected}\" but got \"{reply.Text}\"."));

    /// <summary>Runs <paramref name="check"/> on the next reply.</summary>
    public TurnReplies AssertReply(Action<Activity> check)
    {
        Assert.True(_next < replies.Count, $"After {sentDescription}, expected reply #{_next + 1} but the bot sent {replies.Count}: {Describe()}");
        check(replies[_next++]);
        return this;
    }

    /// <summary>Runs <paramref name="check"/> on every reply not asserted yet.</summary>
    public TurnReplies AssertEach(Action<Activity> check)
    {
        while (_next < replies.Count)
        {
            check(replies[_next++]);
        }
        return this;
    }

    /// <summary>Asserts there are no more replies to this activity.</summary>
    public TurnReplies AssertNoMoreReplies()
    {
        Assert.True(_next == replies.Count, $"After {sentDescription}, expected no more replies but got: {Describe(_next)}");
        return this;
    }

    public string Describe(int from = 0) =>
        string.Join(" | ", replies.Skip(from).Select(r => $"[{r.Type}] {r.Text} {(r.Attachments?.Count > 0 ? $"(+{r.Attachments.Count} attachments)" : string.Empty)}".Trim()));
}
