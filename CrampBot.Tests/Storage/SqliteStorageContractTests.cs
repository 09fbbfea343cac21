using CrampBot.Storage;

namespace CrampBot.Tests.Storage;

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override IStorage CreateStorage(TimeProvider clock) => SqliteTestStorage.Create(_directory.File("state.db"), clock);

    public void Dispose() => _directory.Dispose();
}
