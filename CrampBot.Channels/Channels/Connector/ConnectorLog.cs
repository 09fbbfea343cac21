using System.Net;

namespace CrampBot.Channels.Connector;

/// <summary>Log events of the connector client: ids, statuses and timings only, never message text.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Sent {ActivityType} to conversation {ConversationId}: HTTP {StatusCode}, id {ResourceId}")]
    public static partial void Sent(ILogger logger, string? activityType, string conversationId, int statusCode, string resourceId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Connector retry {Attempt} after HTTP {StatusCode} / {ExceptionType}, waiting {Delay}")]
    public static partial void Retrying(ILogger logger, int attempt, int? statusCode, string? exceptionType, TimeSpan delay);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Connector refused {ActivityType} for conversation {ConversationId}: HTTP {StatusCode} {ErrorCode}")]
    public static partial void Refused(ILogger logger, string? activityType, string conversationId, HttpStatusCode statusCode, string? errorCode);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Connector unreachable for {ActivityType} to conversation {ConversationId}")]
    public static partial void Unreachable(ILogger logger, Exception exception, string? activityType, string conversationId);
}
