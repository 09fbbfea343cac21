namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The RFC 7807 errors of the Direct Line endpoints. Their status codes are what directlinejs acts on:
/// 403 means "token expired" (it stops or refreshes), 404 means "conversation ended", other 4xx fail the call.
/// </summary>
public static class DirectLineProblems
{
    /// <summary>401: no bearer; also sets <c>WWW-Authenticate</c>.</summary>
    public static IResult MissingCredentials(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing credentials",
            detail: "Send 'Authorization: Bearer <Direct Line secret or token>'.");
    }

    /// <summary>403: the bearer is neither the secret nor a valid token for this conversation.</summary>
    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Token not accepted", detail: detail);

    /// <summary>404: the conversation does not exist or has ended.</summary>
    public static IResult ConversationNotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found",
            detail: "The conversation does not exist or has ended.");

    /// <summary>400 with a reason.</summary>
    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    /// <summary>413: the body is larger than allowed.</summary>
    public static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
            detail: $"An activity may be at most {maxBytes} bytes.");

    /// <summary>503: the app has no bot to talk to.</summary>
    public static IResult NoBot() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No bot",
            detail: "No bot is registered in this app, so Direct Line cannot deliver activities.");
}
