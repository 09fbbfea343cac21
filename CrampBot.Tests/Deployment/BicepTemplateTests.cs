namespace CrampBot.Tests.Deployment;

/// <summary>Every .bicep file under DeploymentTemplates/azure builds and lints with no diagnostic at all.</summary>
public sealed class BicepTemplateTests
{
    private static IEnumerable<string> BicepFilePaths() =>
        Directory.EnumerateFiles(DeploymentPaths.AzureDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(DeploymentPaths.AzureDirectory, file))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> BicepFiles() => new(BicepFilePaths());

    [Fact]
    public void The_templates_are_main_plus_modules()
    {
        var files = BicepFilePaths().ToList();
        Assert.Contains("main.bicep", files);
        Assert.True(files.Count(file => file.StartsWith("modules", StringComparison.Ordinal)) >= 5, string.Join(", ", files));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_build_reports_nothing(string relativePath)
    {
        var result = await BicepCli.BuildAsync(Path.Combine(DeploymentPaths.AzureDirectory, relativePath));

        BicepChecks.AssertClean(result);
        Assert.Contains("\"$schema\"", result.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_lint_reports_nothing(string relativePath)
    {
        BicepChecks.AssertClean(await BicepCli.LintAsync(Path.Combine(DeploymentPaths.AzureDirectory, relativePath)));
    }

    [Fact]
    public async Task Parameters_file_builds_and_lints_clean()
    {
        var parametersFile = Path.Combine(DeploymentPaths.AzureDirectory, "main.bicepparam");

        BicepChecks.AssertClean(await BicepCli.BuildParamsAsync(parametersFile));
        BicepChecks.AssertClean(await BicepCli.LintAsync(parametersFile));
    }
}
