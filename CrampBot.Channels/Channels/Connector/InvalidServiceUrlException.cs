namespace CrampBot.Channels.Connector;

/// <summary>
/// The activity's <c>serviceUrl</c> is missing or not an absolute http(s) URL, so nothing was sent: an incoming
/// activity must not be able to make the bot call <c>file://</c> or other schemes.
/// </summary>
public sealed class InvalidServiceUrlException(string message) : ConnectorException(message);
