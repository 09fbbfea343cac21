using System.Globalization;

namespace CrampBot.Bench;

/// <summary>CPU time and memory of the server process, read from /proc (Linux).</summary>
internal sealed class ServerProcess(int? pid)
{
    // USER_HZ: the unit of utime/stime in /proc/PID/stat; 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime in milliseconds, or null without a pid.</summary>
    public double? CpuMilliseconds()
    {
        if (pid is null)
        {
            return null;
        }
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000 / TicksPerSecond;
    }

    /// <summary>Resident set now (VmRSS) in MB.</summary>
    public double? RssMegabytes() => Status("VmRSS:");

    /// <summary>Peak resident set since the process started (VmHWM) in MB.</summary>
    public double? PeakRssMegabytes() => Status("VmHWM:");

    private double? Status(string field)
    {
        if (pid is null)
        {
            return null;
        }
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }
}
