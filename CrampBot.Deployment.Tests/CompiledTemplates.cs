namespace CrampBot.Deployment.Tests;

/// <summary>
/// One `bicep build` and one `bicep lint` over every template, shared by the tests of the "Bicep templates"
/// collection: two CLI processes instead of two per file.
/// </summary>
public sealed class CompiledTemplates : IAsyncLifetime
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("crampbot-arm-").FullName;

    internal ProcessResult Build { get; private set; } = new(-1, "", "");

    internal ProcessResult Lint { get; private set; } = new(-1, "", "");

    internal static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(DeploymentPaths.AzureDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(DeploymentPaths.AzureDirectory, file))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The ARM JSON that `bicep build` wrote for a template, by its path relative to azure/.</summary>
    internal string CompiledPath(string relativeBicepPath) =>
        Path.Combine(_outputDirectory, Path.ChangeExtension(relativeBicepPath, ".json"));

    internal ArmTemplate Compiled(string relativeBicepPath)
    {
        BicepChecks.AssertClean(Build);
        return new ArmTemplate(JsonNode.Parse(File.ReadAllText(CompiledPath(relativeBicepPath)))!);
    }

    public async Task InitializeAsync()
    {
        Build = await BicepCli.BuildAllAsync(DeploymentPaths.AzureDirectory, _outputDirectory);
        Lint = await BicepCli.LintAllAsync(DeploymentPaths.AzureDirectory);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
