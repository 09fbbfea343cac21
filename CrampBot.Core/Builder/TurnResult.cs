using CrampBot.Protocol;

namespace CrampBot.Builder;

/// <summary>What a turn produced for the HTTP layer: the invoke response, if the activity was an invoke.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse);
