namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Checks Direct Line calls in the order clients rely on: no bearer → 401; a bearer that is neither the secret nor
/// a valid, unexpired token (or a token of another conversation) → 403; an unknown or ended conversation → 404.
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineTokenService tokens, DirectLineConversationStore store)
{
    /// <summary>The bearer of the <c>Authorization</c> header, or null.</summary>
    public static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    /// <summary>Identifies the caller from <paramref name="bearer"/>, without looking at any conversation.</summary>
    public async Task<DirectLineAccess> AuthenticateAsync(HttpContext http, string? bearer)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return DirectLineAccess.Refused(DirectLineProblems.MissingCredentials(http));
        }
        if (tokens.IsSecret(bearer))
        {
            return new DirectLineAccess(new DirectLineCaller(IsSecret: true, Token: null), null, null);
        }
        var claims = await tokens.ValidateAsync(bearer);
        return claims is null
            ? DirectLineAccess.Refused(DirectLineProblems.Forbidden("The token is invalid or expired."))
            : new DirectLineAccess(new DirectLineCaller(IsSecret: false, claims), null, null);
    }

    /// <summary>Identifies the caller and checks it may use the live conversation <paramref name="conversationId"/>.</summary>
    public async Task<DirectLineAccess> AuthorizeAsync(HttpContext http, string conversationId, string? bearer)
    {
        var access = await AuthenticateAsync(http, bearer);
        if (access.Caller is not { } caller)
        {
            return access;
        }
        if (!caller.MayAccess(conversationId))
        {
            return DirectLineAccess.Refused(DirectLineProblems.Forbidden("The token belongs to another conversation."));
        }
        var conversation = DirectLineIds.IsValidConversationId(conversationId) ? await store.FindAsync(conversationId, http.RequestAborted) : null;
        return conversation is null || conversation.Ended
            ? DirectLineAccess.Refused(DirectLineProblems.ConversationNotFound())
            : access with { Conversation = conversation };
    }
}
