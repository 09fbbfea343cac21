using System.Reflection;

namespace CrampBot.Deployment.Tests;

/// <summary>Where the deployment templates and the Bicep CLI are, as recorded at build time by BicepCli.props.</summary>
internal static class DeploymentPaths
{
    public static string TemplatesDirectory { get; } = Path.GetFullPath(Metadata("DeploymentTemplatesDirectory"));

    public static string BicepCli { get; } = Metadata("BicepCliPath");

    public static string AzureDirectory => Path.Combine(TemplatesDirectory, "azure");

    public static string TeamsDirectory => Path.Combine(TemplatesDirectory, "teams");

    public static string ToolsDirectory => Path.Combine(TemplatesDirectory, "tools");

    private static string Metadata(string key) =>
        typeof(DeploymentPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' missing: is DeploymentTemplates/tools/BicepCli.props imported?");
}
