namespace CrampBot.Deployment.Tests;

/// <summary>
/// Proves the Bicep checks can fail: broken snippets in a temporary folder exit 0 from bicep, yet are caught.
/// </summary>
public sealed class BicepNegativeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crampbot-bicep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Type_warnings_exit_zero_but_are_reported()
    {
        var file = Write("broken.bicep", """
            param location string = resourceGroup().location

            resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
              name: 'stbroken${uniqueString(resourceGroup().id)}'
              location: location
              kind: 'StorageV2'
              sku: {
                name: 'Standard_LRS'
              }
              properties: {
                notAStorageProperty: true
              }
            }

            resource unknown 'Microsoft.CrampBotNowhere/things@2099-01-01' = {
              name: 'thing'
            }
            """);

        var result = await BicepCli.BuildAsync(file);

        Assert.Equal(0, result.ExitCode);
        var codes = BicepDiagnosticParser.Parse(result.StandardError).Select(diagnostic => diagnostic.Code).ToList();
        Assert.Contains("BCP037", codes);
        Assert.Contains("BCP081", codes);
        Assert.NotEmpty(BicepChecks.Problems(result));
    }

    [Fact]
    public async Task A_secret_default_is_reported_by_lint()
    {
        var file = Write("secret.bicep", """
            @secure()
            param microsoftAppPassword string = 'not-really-a-secret-but-a-default'

            output length int = length(microsoftAppPassword)
            """);

        var result = await BicepCli.LintAsync(file);

        var codes = BicepDiagnosticParser.Parse(result.StandardError).Select(diagnostic => diagnostic.Code).ToList();
        Assert.Contains("secure-parameter-default", codes);
        Assert.NotEmpty(BicepChecks.Problems(result));
    }

    [Fact]
    public async Task The_project_lint_configuration_applies_its_stricter_rules()
    {
        // no-hardcoded-location is off by default; DeploymentTemplates/azure/bicepconfig.json turns it on.
        File.Copy(Path.Combine(DeploymentPaths.AzureDirectory, "bicepconfig.json"), Path.Combine(_folder, "bicepconfig.json"));
        var file = Write("located.bicep", """
            resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
              name: 'id-crampbot'
              location: 'westeurope'
            }
            """);

        var result = await BicepCli.LintAsync(file);

        Assert.Contains("no-hardcoded-location", BicepDiagnosticParser.Parse(result.StandardError).Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public void Parser_reads_the_cli_format_and_flags_lines_it_cannot_read()
    {
        const string output = """
            /t/main.bicep(8,5) : Warning BCP037: The property "x" is not allowed.
            /t/main.bicep(1,7) : Error BCP018: Expected the ":" character at this location.
            Warning: something printed in a new format
            """;

        var diagnostics = BicepDiagnosticParser.Parse(output);

        Assert.Equal(["BCP037", "BCP018"], diagnostics.Select(diagnostic => diagnostic.Code));
        Assert.Equal((8, 5, "Warning"), (diagnostics[0].Line, diagnostics[0].Column, diagnostics[0].Level));
        Assert.Equal(["Warning: something printed in a new format"], BicepDiagnosticParser.UnparsedProblemLines(output));
    }
}
