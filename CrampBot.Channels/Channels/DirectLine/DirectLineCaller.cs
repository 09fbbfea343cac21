namespace CrampBot.Channels.DirectLine;

/// <summary>Who made a Direct Line call: the secret's holder (any conversation) or a token's holder (one conversation, one user).</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Token)
{
    /// <summary>True when the caller may act on <paramref name="conversationId"/>.</summary>
    public bool MayAccess(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}
