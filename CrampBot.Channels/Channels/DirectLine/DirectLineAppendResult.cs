namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Where an activity landed in a conversation's log: its id and timestamp, its position, and whether it had
/// already been logged (a repeated client activity id) and so must not be processed again. <see cref="Full"/>: nothing
/// was logged because the conversation keeps no more activities.
/// </summary>
public sealed record DirectLineAppendResult(string Id, int Index, DateTimeOffset Timestamp, bool Duplicate)
{
    public bool Full { get; init; }
}
