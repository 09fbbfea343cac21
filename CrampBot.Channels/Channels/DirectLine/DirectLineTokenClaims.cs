namespace CrampBot.Channels.DirectLine;

/// <summary>What a valid Direct Line token grants: one conversation, as one user, until <see cref="Expires"/>.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset Expires);
