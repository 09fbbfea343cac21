namespace CrampBot.Deployment.Tests;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64.</summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(PrepareExecutable);

    public static Task<ProcessResult> BuildAsync(string bicepFile) =>
        RunAsync("build", "--stdout", bicepFile);

    public static Task<ProcessResult> BuildParamsAsync(string bicepparamFile) =>
        RunAsync("build-params", "--stdout", bicepparamFile);

    public static Task<ProcessResult> LintAsync(string file) =>
        RunAsync("lint", file);

    /// <summary>
    /// `bicep snapshot`: the resources a deployment with these parameters would create in <paramref name="scope"/>, with
    /// every expression evaluated that needs no Azure; references to deployed resources stay expressions. Writes
    /// &lt;name&gt;.snapshot.json beside the parameters file. <paramref name="environment"/> is what the file's
    /// readEnvironmentVariable calls see.
    /// </summary>
    public static Task<ProcessResult> SnapshotAsync(string bicepparamFile, DeploymentScope scope, IReadOnlyDictionary<string, string?> environment) =>
        RunAsync(environment, "snapshot", bicepparamFile, "--mode", "overwrite",
            "--tenant-id", scope.TenantId, "--subscription-id", scope.SubscriptionId,
            "--resource-group", scope.ResourceGroup, "--location", scope.Location);

    /// <summary>Builds every .bicep file under a folder in one process (the CLI's start-up dominates its run time).</summary>
    public static Task<ProcessResult> BuildAllAsync(string directory, string outputDirectory) =>
        RunAsync("build", "--pattern", AllBicepFiles(directory), "--outdir", outputDirectory);

    /// <summary>Lints every .bicep file under a folder in one process; diagnostics name the file they concern.</summary>
    public static Task<ProcessResult> LintAllAsync(string directory) =>
        RunAsync("lint", "--pattern", AllBicepFiles(directory));

    private static string AllBicepFiles(string directory) => Path.Combine(directory, "**", "*.bicep");

    private static Task<ProcessResult> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string?>(), arguments);

    private static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        // The parameters file reads these; the tests must not depend on (or print) a real secret, nor on whoever runs them.
        var childEnvironment = new Dictionary<string, string?>
        {
            ["MICROSOFT_APP_PASSWORD"] = null,
            ["MICROSOFT_APP_ID"] = null,
            ["CONTENT_REVIEWER"] = null,
            ["CONTENT_REVIEWED_ON"] = null,
            ["CONTENT_NEXT_REVIEW_DATE"] = null,
            ["CONTENT_REVIEWED_VERSION"] = null,
        };
        foreach (var (name, value) in environment)
        {
            childEnvironment[name] = value;
        }
        return ProcessRunner.RunAsync(Executable.Value, arguments, environment: childEnvironment);
    }

    private static string PrepareExecutable()
    {
        var path = DeploymentPaths.BicepCli;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Bicep CLI not found at {path}: restore CrampBot.Deployment.Tests (PackageDownload in DeploymentTemplates/tools/BicepCli.props)");
        }
        // NuGet extracts files without guaranteeing the execute bit; Windows has no such bit (and another binary).
        if (OperatingSystem.IsWindows())
        {
            return path;
        }
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
        return path;
    }
}
