namespace CrampBot.Tests.Connector;

/// <summary>One request the <see cref="FakeConnector"/> received, with the status it answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="RawTarget">Path and query exactly as sent (still percent-encoded).</param>
/// <param name="Headers">Request headers (case-insensitive names, multiple values comma-joined).</param>
/// <param name="Body">Request body as text.</param>
/// <param name="StatusCode">Status the fake answered.</param>
/// <param name="ConversationId">Decoded conversation id from the path, when the path matched.</param>
/// <param name="ActivityId">Decoded activity id of a reply path (<c>.../activities/{id}</c>), when present.</param>
/// <param name="Activity">The body read as an activity, when it was JSON.</param>
public sealed record FakeConnectorRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity);
