using System.Text.Json.Nodes;

namespace CrampBot.Channels.DirectLine;

/// <summary>
/// The logged activities after a watermark, the watermark that follows them, and whether the conversation was gone or
/// ended when the log was read (read before the activities, so an end seen here comes with the log that led to it).
/// </summary>
public sealed record DirectLineActivityWindow(IReadOnlyList<JsonObject> Activities, int Watermark, bool Ended);
