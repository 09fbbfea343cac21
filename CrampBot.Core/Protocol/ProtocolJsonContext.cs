using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrampBot.Protocol;

/// <summary>
/// Serialization code generated at build time for the wire types, with the same settings as
/// <see cref="ProtocolJson.Options"/>: every turn reads an activity and writes its replies, and generated code does
/// that without the reflection-built converters (and writes straight to the output when the settings match).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(CardAction))]
[JsonSerializable(typeof(List<CardAction>))]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
