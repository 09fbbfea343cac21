namespace CrampBot.Protocol;

/// <summary>The id a channel gives to an activity the bot sent.</summary>
public sealed record ResourceResponse(string Id);
