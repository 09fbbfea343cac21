namespace CrampBot.Deployment.Tests;

/// <summary>Runs DeploymentTemplates/teams/make-package.sh, the command a clinic uses to build the Teams app package.</summary>
internal static class TeamsPackageBuilder
{
    public const string SampleAppId = "3f2b8c4e-9a71-4d2e-b6c5-0e8d1f7a9b23";

    public const string SampleDomain = "crampbot-test.azurewebsites.net";

    // The script's optional settings; cleared unless a test sets them, so the machine's environment cannot leak in.
    private static readonly string[] OptionalVariables =
        ["TEAMS_APP_ID", "BOT_SHORT_NAME", "CLINIC_NAME", "CLINIC_WEBSITE_URL", "CLINIC_PRIVACY_URL", "CLINIC_TERMS_URL"];

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = OptionalVariables.ToDictionary(name => name, string? (_) => null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }
        return ProcessRunner.RunAsync(
            "bash",
            [Path.Combine(DeploymentPaths.TeamsDirectory, "make-package.sh"), .. arguments],
            environment: variables);
    }
}
