namespace CrampBot.Browser.Tests;

/// <summary>The widget tests share one browser and run one after the other (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
