namespace CrampBot.Deployment.Tests;

/// <summary>Tests that share one compilation of the Azure templates.</summary>
[CollectionDefinition(Name)]
public sealed class BicepTemplatesCollection : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "Bicep templates";
}
