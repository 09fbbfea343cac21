namespace CrampBot.Deployment.Tests;

/// <summary>Every .bicep file under DeploymentTemplates/azure builds and lints with no diagnostic at all.</summary>
[Collection(BicepTemplatesCollection.Name)]
public sealed class BicepTemplateTests(CompiledTemplates templates)
{
    public static TheoryData<string> BicepFiles() => new(CompiledTemplates.BicepFiles());

    private static IEnumerable<string> ProblemsFor(ProcessResult result, string relativePath)
    {
        var fullPath = Path.Combine(DeploymentPaths.AzureDirectory, relativePath);
        return BicepDiagnosticParser.Parse(result.StandardError)
            .Where(diagnostic => string.Equals(Path.GetFullPath(diagnostic.File), fullPath, StringComparison.Ordinal))
            .Select(diagnostic => diagnostic.ToString());
    }

    [Fact]
    public void The_templates_are_main_plus_modules()
    {
        var files = CompiledTemplates.BicepFiles();

        Assert.Contains("main.bicep", files);
        Assert.True(files.Count(file => file.StartsWith("modules", StringComparison.Ordinal)) >= 5, string.Join(", ", files));
    }

    [Fact]
    public void Build_and_lint_runs_report_nothing_for_any_file()
    {
        BicepChecks.AssertClean(templates.Build);
        BicepChecks.AssertClean(templates.Lint);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_build_compiles_the_file_without_diagnostics(string relativePath)
    {
        Assert.Empty(ProblemsFor(templates.Build, relativePath));
        Assert.True(File.Exists(templates.CompiledPath(relativePath)), $"bicep build wrote no JSON for {relativePath}:\n{templates.Build}");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_lint_reports_nothing_for_the_file(string relativePath)
    {
        Assert.Empty(ProblemsFor(templates.Lint, relativePath));
        Assert.Equal(0, templates.Lint.ExitCode);
    }

    [Fact]
    public async Task Parameters_file_builds_and_lints_clean()
    {
        var parametersFile = Path.Combine(DeploymentPaths.AzureDirectory, "main.bicepparam");

        BicepChecks.AssertClean(await BicepCli.BuildParamsAsync(parametersFile));
        BicepChecks.AssertClean(await BicepCli.LintAsync(parametersFile));
    }
}
