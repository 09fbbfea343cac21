namespace CrampBot.Deployment.Tests;

/// <summary>
/// Three deployments of main.bicep as `bicep snapshot` predicts them, from a copy of DeploymentTemplates/azure:
/// main.bicepparam with a clinical review given (one instance), main.bicepparam without one, and the same review on
/// <see cref="ScaledOutInstances"/> instances for a widget on <see cref="ClinicSite"/>. Also a copy of CrampBot's build output, the web app's wwwroot.
/// </summary>
public sealed class AzureDeployments : IAsyncLifetime
{
    public const int ScaledOutInstances = 2;
    public const string Reviewer = "Dr A. Test, GP";
    public const string ClinicSite = "https://clinic.example.org";

    private readonly string _folder = Directory.CreateTempSubdirectory("crampbot-azure-").FullName;

    internal DeploymentSnapshot Reviewed { get; private set; } = null!;

    internal DeploymentSnapshot Unreviewed { get; private set; } = null!;

    internal DeploymentSnapshot ScaledOut { get; private set; } = null!;

    /// <summary>CrampBot as deployed: a copy of its build output that no other run writes into.</summary>
    internal string WwwRoot => Path.Combine(_folder, "wwwroot");

    /// <summary>metadata.version of the content the app ships: what a review must name.</summary>
    internal static string ContentVersion { get; } =
        (string)JsonNode.Parse(File.ReadAllText(DeploymentPaths.ContentFile))!["metadata"]!["version"]!;

    public async Task InitializeAsync()
    {
        var templates = Path.Combine(_folder, "azure");
        CopyFolder(DeploymentPaths.AzureDirectory, templates);
        CopyFolder(DeploymentPaths.CrampBotAppDirectory, WwwRoot, except: "App_Data");
        // Two copies of the real main.bicepparam (each snapshot is written beside its file) and a scaled-out one.
        var parameters = Path.Combine(templates, "main.bicepparam");
        File.Copy(parameters, Path.Combine(templates, "reviewed.bicepparam"));
        File.Copy(parameters, Path.Combine(templates, "unreviewed.bicepparam"));
        await File.WriteAllTextAsync(Path.Combine(templates, "scaled-out.bicepparam"), $"""
            using './main.bicep'

            param microsoftAppPassword = ''
            param instanceCount = {ScaledOutInstances}
            param webChatOrigins = ['{ClinicSite}']
            param contentReviewer = '{Reviewer}'
            param contentReviewedOn = '2026-03-01'
            param contentNextReviewDate = '2099-03-01'
            param contentReviewedVersion = '{ContentVersion}'
            """);
        var review = new Dictionary<string, string?>
        {
            ["CONTENT_REVIEWER"] = Reviewer,
            ["CONTENT_REVIEWED_ON"] = "2026-03-01",
            ["CONTENT_NEXT_REVIEW_DATE"] = "2099-03-01",
            ["CONTENT_REVIEWED_VERSION"] = ContentVersion,
        };
        var reviewed = DeploymentSnapshot.CreateAsync(Path.Combine(templates, "reviewed.bicepparam"), review);
        var unreviewed = DeploymentSnapshot.CreateAsync(Path.Combine(templates, "unreviewed.bicepparam"), new Dictionary<string, string?>());
        var scaledOut = DeploymentSnapshot.CreateAsync(Path.Combine(templates, "scaled-out.bicepparam"), new Dictionary<string, string?>());
        (Reviewed, Unreviewed, ScaledOut) = (await reviewed, await unreviewed, await scaledOut);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static void CopyFolder(string from, string to, string? except = null)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (except is not null && relative.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
