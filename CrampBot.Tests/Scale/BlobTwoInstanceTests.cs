namespace CrampBot.Tests.Scale;

/// <summary>Two CrampBot processes on one real Azurite Blob service: turn leases and state in blobs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobTwoInstanceTests(AzuriteFixture azurite, ITestOutputHelper output) : TwoInstanceTests(output)
{
    protected override string StoreName => "Blob (Azurite)";

    protected override IReadOnlyDictionary<string, string?> StoreSettings() => new Dictionary<string, string?>(azurite.AppSettings())
    {
        // Azurite is one Node process: on a busy machine a turn's few requests can take seconds.
        ["Storage:TurnLock:MaxWait"] = "00:00:30",
    };
}
