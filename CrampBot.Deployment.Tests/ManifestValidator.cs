namespace CrampBot.Deployment.Tests;

/// <summary>
/// Runs DeploymentTemplates/tools/validate-manifest.mjs: Ajv (draft-04) with Microsoft's official Teams schema
/// from @microsoft/app-manifest for the manifestVersion the manifest declares.
/// </summary>
internal static class ManifestValidator
{
    public static Task<ProcessResult> ValidateAsync(string manifestPath)
    {
        var script = Path.Combine(DeploymentPaths.ToolsDirectory, "validate-manifest.mjs");
        if (!Directory.Exists(Path.Combine(DeploymentPaths.ToolsDirectory, "node_modules", "@microsoft", "app-manifest")))
        {
            throw new InvalidOperationException(
                "DeploymentTemplates/tools/node_modules is missing: run ./test.sh, or `npm ci` in DeploymentTemplates/tools");
        }
        return ProcessRunner.RunAsync("node", [script, manifestPath], DeploymentPaths.ToolsDirectory);
    }

    public static string SchemaPath(string manifestVersion) =>
        Path.Combine(DeploymentPaths.ToolsDirectory, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas",
            "teams", $"v{manifestVersion}", "MicrosoftTeams.schema.json");
}
