namespace CrampBot.Tests.DirectLine;

public sealed class SqliteForgetMeTests : ForgetMeEverywhereTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override Dictionary<string, string?> ProviderSettings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:SqlitePath"] = _directory.File("state.db"),
    };

    public void Dispose() => _directory.Dispose();
}
