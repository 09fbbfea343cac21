namespace CrampBot.Deployment.Tests;

/// <summary>Where a snapshot pretends to deploy: made-up ids, since nothing reaches Azure.</summary>
internal sealed record DeploymentScope(string TenantId, string SubscriptionId, string ResourceGroup, string Location)
{
    public static DeploymentScope Test { get; } = new(
        "00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b", "rg-crampbot-test", "westeurope");
}
