using System.Reflection;

namespace CrampBot.Deployment.Tests;

/// <summary>Where the deployment templates and the Bicep CLI are, as recorded at build time by BicepCli.props.</summary>
internal static class DeploymentPaths
{
    public static string TemplatesDirectory { get; } = Path.GetFullPath(Metadata("DeploymentTemplatesDirectory"));

    public static string BicepCli { get; } = Metadata("BicepCliPath");

    /// <summary>CrampBot's build output: what `az webapp deploy` puts on the web app.</summary>
    public static string CrampBotAppDirectory { get; } = Path.GetFullPath(Metadata("CrampBotAppDirectory"));

    /// <summary>The content file whose metadata.version a clinical review names.</summary>
    public static string ContentFile => Path.Combine(TemplatesDirectory, "..", "CrampBot", "Content", "leg-cramps.content.json");

    public static string AzureDirectory => Path.Combine(TemplatesDirectory, "azure");

    public static string TeamsDirectory => Path.Combine(TemplatesDirectory, "teams");

    public static string ToolsDirectory => Path.Combine(TemplatesDirectory, "tools");

    private static string Metadata(string key) =>
        typeof(DeploymentPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' missing: is DeploymentTemplates/tools/BicepCli.props imported?");
}
