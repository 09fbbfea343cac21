using CrampBot.Storage;

namespace CrampBot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage(TimeProvider clock) => new MemoryStorage(clock);
}
