using System.Diagnostics.Metrics;
using CrampBot.Builder;

namespace CrampBot.Hosting;

/// <summary>Counts requests refused by a limit (<c>crampbot.limit.refusals</c>, tagged by limit and endpoint).</summary>
public sealed class LimitTelemetry(IMeterFactory meters)
{
    /// <summary>The meter's name, for exporters to listen to.</summary>
    public const string MeterName = "CrampBot.Channels";

    private readonly Counter<long> _refusals = meters.CreateCounter(MeterName, "crampbot.limit.refusals", unit: "{request}", description: "Requests refused by a configured limit (4xx), by limit and endpoint.");

    /// <summary>Counts one refusal of <paramref name="limit"/> on <paramref name="endpoint"/> (messages, directline, webchat_token).</summary>
    public void Refused(RequestLimit limit, string endpoint) =>
        _refusals.Add(1, new KeyValuePair<string, object?>("limit", RequestLimitProblems.Name(limit)), new KeyValuePair<string, object?>("endpoint", endpoint));
}
