using System.Text.Json.Nodes;

namespace CrampBot.Channels.DirectLine;

/// <summary>The logged activities after a watermark, and the watermark that follows them (the log's length).</summary>
public sealed record DirectLineActivityWindow(IReadOnlyList<JsonObject> Activities, int Watermark);
