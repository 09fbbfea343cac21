using System.Text.Json.Serialization;

namespace CrampBot.Channels.DirectLine;

/// <summary>The answer to starting or reconnecting to a conversation, in Direct Line 3.0's shape.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);
