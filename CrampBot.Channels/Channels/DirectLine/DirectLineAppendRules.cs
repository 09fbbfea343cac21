namespace CrampBot.Channels.DirectLine;

/// <summary>
/// When an append to a conversation's log is not written: a repeated user <see cref="ClientActivityId"/> (returned as
/// a duplicate), a log already holding <see cref="MaxActivities"/> (returned as full), or a last logged activity that
/// already says <see cref="UnlessLastText"/> (a notice is not repeated; returned as a duplicate).
/// </summary>
public sealed record DirectLineAppendRules(string? ClientActivityId = null, int MaxActivities = int.MaxValue, string? UnlessLastText = null);
