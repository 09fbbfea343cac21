using CrampBot.Storage;

namespace CrampBot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
