namespace CrampBot.Channels.DirectLine;

/// <summary>The server id given to a posted activity, and whether it was a repeat of an earlier post.</summary>
public sealed record DirectLinePostResult(string Id, bool Duplicate);
