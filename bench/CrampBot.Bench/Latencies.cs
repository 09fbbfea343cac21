namespace CrampBot.Bench;

/// <summary>Thread-safe latency recorder with percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _values = [];

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_values)
        {
            _values.Add(milliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0)
            {
                return double.NaN;
            }
            _values.Sort();
            return _values[Math.Clamp((int)Math.Ceiling(p * _values.Count) - 1, 0, _values.Count - 1)];
        }
    }
}
