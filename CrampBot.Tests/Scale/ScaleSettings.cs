namespace CrampBot.Tests.Scale;

/// <summary>Settings of CrampBot processes sharing a store.</summary>
internal static class ScaleSettings
{
    /// <summary>
    /// A fresh key prefix on <paramref name="server"/>, and short leases so that a killed instance's conversations are
    /// free again within seconds.
    /// </summary>
    public static Dictionary<string, string?> Redis(RedisServer server) => new(server.AppSettings())
    {
        ["Storage:TurnLock:LeaseDuration"] = "00:00:03",
        ["Storage:TurnLock:MaxWait"] = "00:00:20",
    };
}
