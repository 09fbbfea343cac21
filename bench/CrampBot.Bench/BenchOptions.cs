using System.Globalization;

namespace CrampBot.Bench;

/// <summary>Command-line options of the load generator.</summary>
internal sealed record BenchOptions(
    string Mode, string Url, int Conversations, double WarmupSeconds, double DurationSeconds, string? TurnsFile,
    int? ServerPid, string Name, int Messages, string? Secret, double SettleSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        double Number(string name, double fallback) =>
            Get(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            Mode: Get("--mode") ?? "flow",
            Url: (Get("--url") ?? "http://127.0.0.1:3978").TrimEnd('/'),
            Conversations: (int)Number("--conversations", 16),
            WarmupSeconds: Number("--warmup", 4),
            DurationSeconds: Number("--duration", 15),
            TurnsFile: Get("--turns"),
            ServerPid: Get("--pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Name: Get("--name") ?? "server",
            Messages: (int)Number("--messages", 3),
            Secret: Get("--secret"),
            SettleSeconds: Number("--settle", 30));
    }
}
