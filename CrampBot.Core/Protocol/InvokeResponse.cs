using System.Text.Json.Nodes;

namespace CrampBot.Protocol;

/// <summary>What the bot answers to an <c>invoke</c>: an HTTP status and an optional body, returned in the HTTP response.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
