using CrampBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampBot.Tests.Storage;

/// <summary>
/// The whole contract on a real Azurite, each test in a fresh container. "Batch with one conflict writes nothing" passes
/// because every eTag is checked before the first write; a conflict that arrives during the writes is not covered
/// (Blob Storage has no multi-blob transaction; see <see cref="BlobStorage"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageContractTests(AzuriteFixture azurite) : StorageContractTests
{
    protected override IStorage CreateStorage(TimeProvider clock) => new BlobStorage(azurite.NewContainer(), NullLogger<BlobStorage>.Instance, clock);
}
