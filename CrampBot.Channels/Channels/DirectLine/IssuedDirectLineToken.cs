namespace CrampBot.Channels.DirectLine;

/// <summary>A freshly signed conversation token and its lifetime in seconds (the wire's <c>expires_in</c>).</summary>
public sealed record IssuedDirectLineToken(string Token, int ExpiresIn);
