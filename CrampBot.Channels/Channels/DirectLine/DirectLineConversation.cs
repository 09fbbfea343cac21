namespace CrampBot.Channels.DirectLine;

/// <summary>A Direct Line conversation as stored: who it belongs to, when it began, and whether it has ended.</summary>
public sealed record DirectLineConversation(string Id, string UserId, DateTimeOffset Created, bool Ended);
