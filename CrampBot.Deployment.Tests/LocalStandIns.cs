using System.Text.RegularExpressions;

namespace CrampBot.Deployment.Tests;

/// <summary>
/// Turns the web app's settings, as a snapshot predicts them, into the environment CrampBot gets on this machine: each
/// reference to a resource Azure would create becomes the local server standing in for it, and each Key Vault reference
/// the value App Service would read from the vault. An expression without a stand-in fails the test, so a new setting
/// in the templates is either resolved here on purpose or noticed.
/// </summary>
internal sealed partial class LocalStandIns
{
    public const string ClientId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "66666666-7777-8888-9999-aaaaaaaaaaaa";
    public const string DirectLineSecret = "deployment-test-direct-line-secret-0123456789";

    /// <summary>Azurite's connection string: the managed identity has no local stand-in, so Storage:Blob:ServiceUri
    /// becomes Storage:Blob:ConnectionString, the other way CrampBot reaches a Blob account.</summary>
    public required string BlobConnectionString { get; init; }

    public required string ApplicationInsightsConnectionString { get; init; }

    /// <summary>The local redis-server's StackExchange.Redis configuration (no TLS here, unlike Azure's port 6380).</summary>
    public required string RedisConfiguration { get; init; }

    [GeneratedRegex(@"^\[reference\('(?<id>[^']+)', '[^']+'\)\.(?<path>[\w.]+)\]$")]
    private static partial Regex ResourceReference();

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=[^;]+;SecretName=(?<secret>[^)]+)\)$")]
    private static partial Regex KeyVaultReference();

    public IReadOnlyDictionary<string, string> Resolve(IReadOnlyDictionary<string, string> appSettings)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in appSettings)
        {
            if (name == "Storage__Blob__ServiceUri")
            {
                Assert.Equal("Microsoft.Storage/storageAccounts:primaryEndpoints.blob", Referenced(value));
                environment["Storage__Blob__ConnectionString"] = BlobConnectionString;
                continue;
            }
            environment[name] = ResolveValue(name, value);
        }
        return environment;
    }

    private string ResolveValue(string name, string value)
    {
        if (KeyVaultReference().Match(value) is { Success: true } secret)
        {
            return secret.Groups["secret"].Value switch
            {
                "DirectLineSecret" => DirectLineSecret,
                "RedisConfiguration" => RedisConfiguration,
                var other => throw new InvalidOperationException($"{name}: no stand-in for the Key Vault secret {other}"),
            };
        }
        if (!value.StartsWith('['))
        {
            return value;
        }
        return Referenced(value) switch
        {
            "Microsoft.Insights/components:ConnectionString" => ApplicationInsightsConnectionString,
            "Microsoft.ManagedIdentity/userAssignedIdentities:clientId" => ClientId,
            "Microsoft.ManagedIdentity/userAssignedIdentities:tenantId" => TenantId,
            var other => throw new InvalidOperationException($"{name}: no stand-in for {other} ({value})"),
        };
    }

    /// <summary>"type:property" of a "[reference('/subscriptions/…/providers/Namespace/type/name', 'version').property]".</summary>
    private static string Referenced(string expression)
    {
        var match = ResourceReference().Match(expression);
        Assert.True(match.Success, $"not a resource reference: {expression}");
        var provider = match.Groups["id"].Value.Split("/providers/")[^1].Split('/');
        return $"{provider[0]}/{provider[1]}:{match.Groups["path"].Value}";
    }
}
