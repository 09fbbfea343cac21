namespace CrampBot.Tests.DirectLine;

public sealed class MemoryForgetMeTests : ForgetMeEverywhereTests
{
    protected override Dictionary<string, string?> ProviderSettings() => new() { ["Storage:Provider"] = "Memory" };
}
