using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// Direct Line 3.0's ActivitySet: activities and the watermark to ask from next time. Ephemeral frames (typing)
/// carry no watermark, so the client keeps the one it has.
/// </summary>
public sealed record DirectLineActivitySet(
    IReadOnlyList<JsonObject> Activities,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Watermark);
