using System.Diagnostics.Metrics;

namespace CrampBot.Builder;

/// <summary>
/// Instruments made on the meter of a given name, so a telemetry class declares each of its metrics as one field. The
/// factory hands back the same meter for the same name (and disposes it with the host), and a listener such as
/// <c>MetricCollector</c> or an exporter finds the instruments by that meter name.
/// </summary>
public static class MeterInstruments
{
    /// <summary>A counter named <paramref name="name"/> on the meter <paramref name="meterName"/>.</summary>
    public static Counter<long> CreateCounter(this IMeterFactory meters, string meterName, string name, string unit, string description) =>
        meters.Create(meterName).CreateCounter<long>(name, unit, description);

    /// <summary>A histogram named <paramref name="name"/> on the meter <paramref name="meterName"/>.</summary>
    public static Histogram<double> CreateHistogram(this IMeterFactory meters, string meterName, string name, string unit, string description) =>
        meters.Create(meterName).CreateHistogram<double>(name, unit, description);
}
