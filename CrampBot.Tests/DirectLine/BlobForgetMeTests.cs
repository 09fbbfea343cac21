namespace CrampBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class BlobForgetMeTests(AzuriteFixture azurite) : ForgetMeEverywhereTests
{
    protected override Dictionary<string, string?> ProviderSettings() => azurite.AppSettings();
}
