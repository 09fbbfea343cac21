using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using CrampBot.Tests.Storage;

namespace CrampBot.Deployment.Tests;

/// <summary>
/// The Azure templates match the code: every app setting main.bicep gives the web app is a key CrampBot reads, and
/// CrampBot started with exactly those settings (Azure's resources replaced by Azurite, a redis-server and a stand-in
/// of Application Insights) starts in Production, keeps its state in Blob Storage and answers a patient over Direct Line.
/// </summary>
public sealed class AzureAppSettingsTests(AzureDeployments deployments, AzuriteFixture azurite, RedisServer redis)
    : IClassFixture<AzureDeployments>, IClassFixture<AzuriteFixture>, IClassFixture<RedisServer>
{
    public static TheoryData<string> Deployments() => new(nameof(AzureDeployments.Reviewed), nameof(AzureDeployments.ScaledOut), nameof(AzureDeployments.Unreviewed));

    private DeploymentSnapshot Snapshot(string name) => name switch
    {
        nameof(AzureDeployments.Reviewed) => deployments.Reviewed,
        nameof(AzureDeployments.ScaledOut) => deployments.ScaledOut,
        _ => deployments.Unreviewed,
    };

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Every_app_setting_is_a_key_crampbot_reads(string deployment)
    {
        var unread = Snapshot(deployment).WebAppSettings().Keys.Where(name => !ConfigurationKeys.IsRead(name)).ToList();

        Assert.True(unread.Count == 0, "The templates set app settings CrampBot does not read: " + string.Join(", ", unread));
    }

    [Theory]
    [InlineData("Storage__Blob__ContainerName", true)]
    [InlineData("Storage__Redis__Configuration", true)]
    [InlineData("MicrosoftAppId", true)]
    [InlineData("WebChat__AllowedOrigins__0", true)]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", true)]
    [InlineData("Storage__Blob__Endpoint", false)]
    [InlineData("Storage__Redis", false)]
    [InlineData("APPINSIGHTS_INSTRUMENTATIONKEY", false)]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE", false)]
    public void The_check_tells_read_settings_from_unread_ones(string appSetting, bool read) =>
        Assert.Equal(read, ConfigurationKeys.IsRead(appSetting));

    [Fact]
    public void WebSockets_are_on_and_the_plan_runs_the_instance_count()
    {
        foreach (var (snapshot, instances) in new[] { (deployments.Reviewed, 1), (deployments.ScaledOut, AzureDeployments.ScaledOutInstances) })
        {
            var site = snapshot.SingleResource(DeploymentSnapshot.WebAppType);
            Assert.True((bool?)site["properties"]!["siteConfig"]!["webSocketsEnabled"]);
            Assert.False((bool?)site["properties"]!["clientAffinityEnabled"]);
            Assert.Equal(instances, (int?)snapshot.SingleResource("Microsoft.Web/serverfarms")["sku"]!["capacity"]);
        }
    }

    [Fact]
    public void Above_one_instance_a_tls_only_redis_is_wired_through_key_vault_and_state_stays_in_blob()
    {
        Assert.Empty(deployments.Reviewed.Resources("Microsoft.Cache/redis"));
        Assert.DoesNotContain("Storage__Redis__Configuration", deployments.Reviewed.WebAppSettings().Keys);

        var cache = deployments.ScaledOut.SingleResource("Microsoft.Cache/redis")["properties"]!;
        Assert.False((bool?)cache["enableNonSslPort"]);
        Assert.Equal("1.2", (string?)cache["minimumTlsVersion"]);
        var settings = deployments.ScaledOut.WebAppSettings();
        Assert.Equal("Blob", settings["Storage__Provider"]);
        Assert.StartsWith("@Microsoft.KeyVault(", settings["Storage__Redis__Configuration"]);
        var secret = deployments.ScaledOut.Resources("Microsoft.KeyVault/vaults/secrets")
            .Single(resource => ((string)resource["name"]!).EndsWith("/RedisConfiguration", StringComparison.Ordinal));
        var value = (string)secret["properties"]!["value"]!;
        // host:sslPort,password=<primary key>,ssl=True: what StackExchange.Redis needs for Azure Cache for Redis.
        Assert.Contains("'{0}:{1},password={2},ssl=True,abortConnect=False'", value);
        Assert.Contains(".sslPort", value);
        Assert.Contains("listKeys(", value);
    }

    [Fact]
    public void The_managed_identity_may_read_and_write_the_state_blobs()
    {
        const string storageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
        var assignments = deployments.Reviewed.Resources("Microsoft.Authorization/roleAssignments")
            .Select(assignment => (string)assignment["properties"]!["roleDefinitionId"]!);

        Assert.Contains(assignments, role => role.EndsWith(storageBlobDataContributor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_review_parameters_production_refuses_to_start_and_says_what_to_set()
    {
        await using var ingestion = await ApplicationInsightsStandIn.StartAsync();
        await using var app = CrampBotProcess.StartDeployed("App Service", deployments.WwwRoot, StandIns(ingestion).Resolve(deployments.Unreviewed.WebAppSettings()));

        Assert.NotEqual(0, await app.ExitCodeAsync());
        Assert.Contains("Production serves only clinically reviewed content", app.Output);
        Assert.Contains("Content:Reviewer", app.Output);
    }

    [Theory]
    [InlineData(nameof(AzureDeployments.Reviewed))]
    [InlineData(nameof(AzureDeployments.ScaledOut))]
    public async Task With_exactly_the_templates_settings_crampbot_keeps_state_in_blob_and_answers_over_direct_line(string deployment)
    {
        var settings = Snapshot(deployment).WebAppSettings();
        await using var ingestion = await ApplicationInsightsStandIn.StartAsync();
        var state = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(settings["Storage__Blob__ContainerName"]);
        var blobsBefore = await BlobNamesAsync(state);

        await using var app = CrampBotProcess.StartDeployed("App Service", deployments.WwwRoot, StandIns(ingestion).Resolve(settings));
        var address = await app.ListeningAsync();
        using var client = new HttpClient { BaseAddress = address };

        // Bot Framework authentication is on (MicrosoftAppId is the managed identity's client id).
        using (var unsigned = await client.PostAsync("/api/messages", DirectLineCalls.JsonBody(new JsonObject { ["type"] = "message" })))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        // A clinic site given in webChatOrigins may call Direct Line from the browser.
        if (settings.ContainsKey("WebChat__AllowedOrigins"))
        {
            Assert.Equal(AzureDeployments.ClinicSite, await AllowedOriginAsync(client, AzureDeployments.ClinicSite));
        }

        // The widget's Direct Line, behind App Service's TLS front end: the stream URL is wss://.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalStandIns.DirectLineSecret);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var started = await DirectLineCalls.StartConversationAsync(client);
        var streamUrl = (string)started["streamUrl"]!;
        Assert.StartsWith("wss://", streamUrl);
        await using var stream = await DirectLineSocket.ConnectAsync("ws://" + streamUrl["wss://".Length..]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)started["token"]!);
        await DirectLineCalls.PostMessageAsync(client, (string)started["conversationId"]!, "my calf hurts");
        await stream.ReceiveUntilAsync(activity => DirectLineSocket.Text(activity).Contains("Is your leg swollen?", StringComparison.Ordinal));

        // State went where Storage__Provider and Storage__Blob__* say, not to the default SQLite file in the app folder.
        await WaitUntilAsync(async () => (await BlobNamesAsync(state)).Except(blobsBefore).Any());
        Assert.False(Directory.Exists(Path.Combine(deployments.WwwRoot, "App_Data")), "CrampBot wrote SQLite state into its app folder");
        Assert.Contains($"Content version {AzureDeployments.ContentVersion} was clinically reviewed on", app.Output);
        await ingestion.WaitForItemAsync("RequestData", "/v3/directline/conversations");
    }

    private static async Task<string?> AllowedOriginAsync(HttpClient client, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await client.SendAsync(preflight);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var allowed) ? allowed.Single() : null;
    }

    private LocalStandIns StandIns(ApplicationInsightsStandIn ingestion) => new()
    {
        BlobConnectionString = azurite.ConnectionString,
        ApplicationInsightsConnectionString = ingestion.ConnectionString,
        RedisConfiguration = redis.Configuration,
    };

    private static async Task<HashSet<string>> BlobNamesAsync(BlobContainerClient container)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!await container.ExistsAsync())
        {
            return names;
        }
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }
        return names;
    }

    // Waits for a condition; only a guard against a hung run limits the wait.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!await condition())
        {
            await Task.Delay(100, guard.Token);
        }
    }
}
