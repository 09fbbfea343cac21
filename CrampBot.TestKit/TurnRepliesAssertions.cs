using CrampBot.Protocol;

namespace CrampBot.TestKit;

/// <summary>
/// Lets a transcript read as a conversation: <c>await chat.Send("hi").AssertReply("Hello")</c>.
/// These return tasks, so a chain that is not awaited is a compiler warning (an error here).
/// </summary>
public static class TurnRepliesAssertions
{
    public static async Task<TurnReplies> AssertReply(this Task<TurnReplies> replies, string expected) =>
        (await replies).AssertReply(expected);

    public static async Task<TurnReplies> AssertReply(this Task<TurnReplies> replies, Action<Activity> check) =>
        (await replies).AssertReply(check);

    public static async Task<TurnReplies> AssertNoMoreReplies(this Task<TurnReplies> replies) =>
        (await replies).AssertNoMoreReplies();
}
