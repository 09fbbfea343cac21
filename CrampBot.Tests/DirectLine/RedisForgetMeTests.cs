using CrampBot.Tests.Storage;

namespace CrampBot.Tests.DirectLine;

[Collection(RedisCollection.Name)]
public sealed class RedisForgetMeTests(RedisServer server) : ForgetMeEverywhereTests
{
    protected override Dictionary<string, string?> ProviderSettings() => new()
    {
        ["Storage:Provider"] = "Redis",
        ["Storage:Redis:Configuration"] = server.Configuration,
        ["Storage:Redis:KeyPrefix"] = RedisServer.UniquePrefix(),
    };
}
