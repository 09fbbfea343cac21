using System.Collections.Concurrent;
using System.Text;

namespace CrampBot.Tests.Fuzzing;

/// <summary>
/// Counts answers by endpoint and status code, and keeps the first few failures (with the request that caused them):
/// any 5xx or no answer, except 501 to an invoke the bot does not implement, which is the Bot Framework protocol's
/// answer (the invoke's own status, relayed to the channel), not an error of the server.
/// </summary>
internal sealed class FuzzTally
{
    /// <summary>The status counted when the server closed the connection while the request body was being sent.</summary>
    public const int ClosedWhileSending = -1;

    private readonly ConcurrentDictionary<(string Endpoint, int Status), int> _counts = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public int Total => _counts.Values.Sum();

    public IReadOnlyCollection<string> Failures => _failures;

    public void Count(string endpoint, int status, string request, bool isInvoke = false)
    {
        _counts.AddOrUpdate((endpoint, status), 1, (_, n) => n + 1);
        var failed = status is < 200 or >= 500 && status != 101 && status != ClosedWhileSending && !(status == 501 && isInvoke);
        if (failed && _failures.Count < 20)
        {
            _failures.Enqueue($"{status} {endpoint}: {(request.Length > 300 ? request[..300] + "…" : request)}");
        }
    }

    /// <summary>One line per endpoint: its total, then the count of each status.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        foreach (var endpoint in _counts.GroupBy(c => c.Key.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = string.Join(", ", endpoint.OrderBy(c => c.Key.Status).Select(c => $"{c.Key.Status}: {c.Value}"));
            report.AppendLine($"{endpoint.Key,-52} {endpoint.Sum(c => c.Value),6}  ({statuses})");
        }
        return report.Append($"{"total",-52} {Total,6}").ToString();
    }
}
