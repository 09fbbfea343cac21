using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageContractTests(RedisServer server) : StorageContractTests
{
    protected override IStorage Storage { get; } =
        new RedisStorage(server.Connection, RedisServer.UniquePrefix(), NullLogger<RedisStorage>.Instance);
}
