using System.Net;

namespace CrampBot.Channels.Connector;

/// <summary>
/// A send to the Bot Connector failed for good (after any retries). The message names the status and the
/// connector's error code only, never the activity's content, so it is safe to log.
/// </summary>
public class ConnectorException : Builder.DeliveryFailedException
{
    public ConnectorException(string message, HttpStatusCode? statusCode = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The connector's final HTTP status; null when no response came (network error, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the connector's answer, e.g. <c>ConversationNotFound</c>, when it gave one.</summary>
    public string? ErrorCode { get; }
}
