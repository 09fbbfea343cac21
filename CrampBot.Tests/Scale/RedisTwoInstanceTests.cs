namespace CrampBot.Tests.Scale;

/// <summary>Two CrampBot processes on one real redis-server: turn leases and state in Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisTwoInstanceTests(RedisServer server, ITestOutputHelper output) : TwoInstanceTests(output)
{
    protected override string StoreName => "Redis";

    protected override IReadOnlyDictionary<string, string?> StoreSettings() => ScaleSettings.Redis(server);
}
