using System.Diagnostics;
using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageContractTests(RedisServer server) : StorageContractTests
{
    // Only a guard against a hung run; the wait itself ends on a condition.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    protected override IStorage CreateStorage(TimeProvider clock) =>
        new RedisStorage(server.Connection, RedisServer.UniquePrefix(), NullLogger<RedisStorage>.Instance);

    /// <summary>Redis expires keys on its own clock: a canary with that time to live is written and awaited.</summary>
    protected override async Task LetTimePassAsync(TimeSpan span)
    {
        var canary = "canary-" + Guid.NewGuid().ToString("N");
        var document = new JsonObject();
        StoreItem.SetTimeToLive(document, span);
        await Storage.WriteAsync(new Dictionary<string, JsonObject> { [canary] = document });
        var waited = Stopwatch.StartNew();
        while ((await Storage.ReadAsync([canary])).Count > 0)
        {
            Assert.True(waited.Elapsed < Guard, "Redis did not expire the canary.");
            await Task.Delay(50);
        }
    }
}
