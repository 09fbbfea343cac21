using Microsoft.Extensions.Logging;

namespace CrampBot.Tests.Dialogs;

/// <summary>Keeps formatted log lines so tests can check what is (and is not) logged.</summary>
internal sealed class RecordingLogger : ILogger
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add($"{logLevel} {eventId.Id} {formatter(state, exception)}");
}
