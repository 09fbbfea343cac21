namespace CrampBot.Tests.DirectLine;

[Collection(RedisCollection.Name)]
public sealed class RedisForgetMeTests(RedisServer server) : ForgetMeEverywhereTests
{
    protected override Dictionary<string, string?> ProviderSettings() => server.AppSettings();
}
