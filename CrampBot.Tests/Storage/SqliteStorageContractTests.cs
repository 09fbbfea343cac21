using CrampBot.Storage;

namespace CrampBot.Tests.Storage;

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    public SqliteStorageContractTests() => Storage = SqliteTestStorage.Create(_directory.File("state.db"));

    protected override IStorage Storage { get; }

    public void Dispose() => _directory.Dispose();
}
