using CrampBot.Channels.Authentication;

namespace CrampBot.Tests.Authentication;

/// <summary>Entra ID tokens for a single-tenant bot, and Emulator tokens, each from its own local authority.</summary>
public sealed class TenantAndEmulatorTokenTests : IAsyncLifetime
{
    private const string TenantA = "0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a";
    private const string TenantB = "7e2f9a10-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private readonly TestSigningKey _tenantAKey = new("tenant-a-key");
    private readonly TestSigningKey _tenantBKey = new("tenant-b-key");
    private readonly TestSigningKey _emulatorKey = new("emulator-key");
    private readonly List<ServiceProvider> _providers = [];
    private LocalOpenIdIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalOpenIdIssuer.StartAsync();
        _issuer.Publish("tenant-a", $"https://login.microsoftonline.com/{TenantA}/v2.0", _tenantAKey);
        _issuer.Publish("tenant-b", $"https://login.microsoftonline.com/{TenantB}/v2.0", _tenantBKey);
        _issuer.Publish("emulator", $"https://login.microsoftonline.com/{EmulatorTenant}/v2.0", _emulatorKey);
    }

    [Theory]
    [InlineData($"https://sts.windows.net/{TenantA}/")]
    [InlineData($"https://login.microsoftonline.com/{TenantA}/v2.0")]
    public async Task Tokens_of_the_configured_tenant_pass_with_either_issuer_form(string issuer)
    {
        var result = await SingleTenant().AuthenticateBearerAsync(TestTokens.Channel(_tenantAKey.Credentials(), issuer: issuer));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(BotTokenSource.EntraTenant, result.Source);
    }

    [Theory]
    [InlineData($"https://sts.windows.net/{TenantB}/")]
    [InlineData($"https://login.microsoftonline.com/{TenantB}/v2.0")]
    public async Task Tokens_of_another_tenant_fail(string issuer)
    {
        var result = await SingleTenant().AuthenticateBearerAsync(TestTokens.Channel(_tenantBKey.Credentials(), issuer: issuer));

        Assert.Equal(BotAuthenticationFailure.InvalidIssuer, result.Failure);
    }

    [Fact]
    public async Task The_tenants_issuer_with_a_key_the_tenant_does_not_publish_fails()
    {
        var forged = TestTokens.Channel(_tenantBKey.Credentials(), issuer: $"https://sts.windows.net/{TenantA}/");

        Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, (await SingleTenant().AuthenticateBearerAsync(forged)).Failure);
    }

    [Fact]
    public async Task A_tenant_token_with_a_foreign_serviceurl_claim_fails()
    {
        var token = TestTokens.Channel(_tenantAKey.Credentials(), issuer: $"https://sts.windows.net/{TenantA}/", serviceUrl: "https://attacker.example/");

        Assert.Equal(BotAuthenticationFailure.ServiceUrlMismatch, (await SingleTenant().AuthenticateBearerAsync(token)).Failure);
    }

    [Fact]
    public async Task A_multi_tenant_bot_does_not_trust_tenant_tokens()
    {
        var authenticator = Authenticator(new() { ["MicrosoftAppPassword"] = "secret" });
        var token = TestTokens.Channel(_tenantAKey.Credentials(), issuer: $"https://sts.windows.net/{TenantA}/");

        Assert.Equal(BotAuthenticationFailure.InvalidIssuer, (await authenticator.AuthenticateBearerAsync(token)).Failure);
    }

    [Fact]
    public async Task Emulator_tokens_pass_only_when_the_emulator_metadata_is_configured()
    {
        var token = EmulatorToken(TestTokens.AppId);
        var withEmulator = Authenticator(new()
        {
            ["MicrosoftAppPassword"] = "secret",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl("emulator"),
        });
        var withoutEmulator = Authenticator(new() { ["MicrosoftAppPassword"] = "secret" });

        var accepted = await withEmulator.AuthenticateBearerAsync(token);
        Assert.True(accepted.Succeeded, accepted.ToString());
        Assert.Equal(BotTokenSource.Emulator, accepted.Source);
        Assert.Equal(TestTokens.AppId, accepted.AppId);
        Assert.Equal(BotAuthenticationFailure.InvalidIssuer, (await withoutEmulator.AuthenticateBearerAsync(token)).Failure);
    }

    [Fact]
    public async Task An_emulator_token_obtained_by_another_app_fails()
    {
        var authenticator = Authenticator(new()
        {
            ["MicrosoftAppPassword"] = "secret",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl("emulator"),
        });

        var result = await authenticator.AuthenticateBearerAsync(EmulatorToken("99999999-0000-0000-0000-000000000000"));

        Assert.Equal(BotAuthenticationFailure.InvalidAppId, result.Failure);
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _issuer.DisposeAsync();
        _tenantAKey.Dispose();
        _tenantBKey.Dispose();
        _emulatorKey.Dispose();
    }

    private string EmulatorToken(string requestingAppId) => TestTokens.Channel(
        _emulatorKey.Credentials(),
        issuer: $"https://login.microsoftonline.com/{EmulatorTenant}/v2.0",
        serviceUrl: null,
        claims: new Dictionary<string, object> { ["azp"] = requestingAppId, ["ver"] = "2.0" });

    private IBotFrameworkAuthenticator SingleTenant() => Authenticator(new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppTenantId"] = TenantA,
        ["MicrosoftAppPassword"] = "secret",
        ["ToBotFromAadOpenIdMetadataUrl"] = _issuer.MetadataUrl("tenant-a"),
    });

    private IBotFrameworkAuthenticator Authenticator(Dictionary<string, string?> settings)
    {
        settings["MicrosoftAppId"] = TestTokens.AppId;
        // Never the public cloud: even the channel metadata points at the local issuer.
        settings["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl("botframework");
        var provider = AuthenticationServices.Build(settings);
        _providers.Add(provider);
        return provider.GetRequiredService<IBotFrameworkAuthenticator>();
    }
}
