using CrampBot.Tests.Storage;

namespace CrampBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class BlobForgetMeTests(AzuriteFixture azurite) : ForgetMeEverywhereTests
{
    protected override Dictionary<string, string?> ProviderSettings() => new()
    {
        ["Storage:Provider"] = "Blob",
        ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Blob:ContainerName"] = azurite.NewContainer().Name,
    };
}
