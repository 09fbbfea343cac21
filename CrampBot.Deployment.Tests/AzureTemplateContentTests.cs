namespace CrampBot.Deployment.Tests;

/// <summary>The compiled main.bicep holds what the issue asks of the Azure deployment.</summary>
[Collection(BicepTemplatesCollection.Name)]
public sealed class AzureTemplateContentTests(CompiledTemplates templates)
{
    private ArmTemplate Main => templates.Compiled("main.bicep");

    [Fact]
    public void No_secure_parameter_has_a_default()
    {
        var template = Main;

        var secure = template.ParameterDeclarations()
            .Where(parameter => ((string?)parameter.Value?["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();

        Assert.Contains(secure, parameter => parameter.Key == "microsoftAppPassword");
        Assert.All(secure, parameter => Assert.Null(parameter.Value!["defaultValue"]));
    }

    [Fact]
    public void Web_app_is_dotnet_10_on_linux_https_only_with_health_check()
    {
        var template = Main;

        var plan = template.SingleResource("Microsoft.Web/serverfarms");
        Assert.True((bool?)plan["properties"]!["reserved"]);
        var site = template.SingleResource("Microsoft.Web/sites");
        var properties = site["properties"]!;
        var siteConfig = properties["siteConfig"]!;
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("/healthz", (string?)siteConfig["healthCheckPath"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.NotNull(properties["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void App_settings_use_the_sdk_names_and_key_vault_references()
    {
        var template = Main;

        var appServiceModule = template.Resources("Microsoft.Resources/deployments")
            .Single(deployment => (string?)deployment["name"] == "appService");
        // The settings object is one expression; parts without runtime values are hoisted into variables.
        var settings = (string?)appServiceModule["properties"]!["parameters"]!["appSettings"]!["value"]
            + string.Join('\n', template.Root["variables"]!.AsObject().Select(variable => variable.Value?.ToString()));

        foreach (var name in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            Assert.Contains($"'{name}'", settings);
        }
        Assert.Contains("@Microsoft.KeyVault(VaultName=", settings);
    }

    [Fact]
    public void Bot_service_points_at_the_web_app_with_its_identity()
    {
        var template = Main;

        var bot = template.SingleResource("Microsoft.BotService/botServices");
        var properties = bot["properties"]!.AsObject();
        Assert.Equal("global", (string?)bot["location"]);
        foreach (var name in new[] { "endpoint", "msaAppType", "msaAppId", "msaAppTenantId", "msaAppMSIResourceId" })
        {
            Assert.True(properties.ContainsKey(name), $"botServices lacks {name}");
        }
        var endpointTemplate = (string?)template.Root["variables"]!["messagingEndpoint"];
        Assert.Equal("[format('https://{0}/api/messages', variables('webAppHostName'))]", endpointTemplate);
    }

    [Fact]
    public void Teams_and_direct_line_channels_are_enabled()
    {
        var template = Main;

        var channels = template.Resources("Microsoft.BotService/botServices/channels")
            .Select(channel => channel["properties"]!)
            .ToDictionary(properties => (string)properties["channelName"]!);

        Assert.True((bool?)channels["MsTeamsChannel"]["properties"]!["isEnabled"]);
        var site = channels["DirectLineChannel"]["properties"]!["sites"]![0]!;
        Assert.True((bool?)site["isEnabled"]);
        Assert.True((bool?)site["isV3Enabled"]);
        Assert.False((bool?)site["isV1Enabled"]);
    }

    [Fact]
    public void Key_vault_uses_rbac_and_storage_refuses_shared_keys()
    {
        var template = Main;

        var vault = template.SingleResource("Microsoft.KeyVault/vaults");
        Assert.True((bool?)vault["properties"]!["enableRbacAuthorization"]);
        var account = template.SingleResource("Microsoft.Storage/storageAccounts");
        Assert.False((bool?)account["properties"]!["allowSharedKeyAccess"]);
        Assert.Equal("TLS1_2", (string?)account["properties"]!["minimumTlsVersion"]);
        Assert.Single(template.Resources("Microsoft.Insights/components"));
        Assert.Single(template.Resources("Microsoft.OperationalInsights/workspaces"));
        Assert.Single(template.Resources("Microsoft.ManagedIdentity/userAssignedIdentities"), IsCreated);
    }

    // An "existing" reference compiles to no resource entry with a body; created ones carry a location.
    private static bool IsCreated(JsonObject resource) => resource["location"] is not null;
}
