namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The server id given to a posted activity, and whether it was a repeat of an earlier post; <see cref="Full"/>: not
/// logged, because the conversation keeps no more activities (the patient was told).
/// </summary>
public sealed record DirectLinePostResult(string Id, bool Duplicate)
{
    public bool Full { get; init; }
}
