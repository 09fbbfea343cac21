using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CrampBot.Channels.Authentication;
using CrampBot.Channels.Connector;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrampBot.Tests.Authentication;

/// <summary>Outbound tokens through real MSAL against a local HTTPS token endpoint.</summary>
public sealed class MsalAccessTokenProviderTests : IAsyncLifetime
{
    private LocalTokenEndpoint _endpoint = null!;
    private readonly List<ServiceProvider> _providers = [];

    public async Task InitializeAsync() => _endpoint = await LocalTokenEndpoint.StartAsync();

    [Fact]
    public async Task Client_credentials_with_a_secret_are_requested_once_and_then_served_from_the_cache()
    {
        var tokens = Provider(new() { ["MicrosoftAppPassword"] = "local-secret" });

        var first = await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl);
        var second = await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl);

        Assert.Equal("local-access-token-1", first);
        Assert.Equal(first, second);
        var (path, form) = Assert.Single(_endpoint.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestTokens.AppId, form["client_id"]);
        Assert.Equal("local-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task A_token_near_expiry_is_not_served_from_the_cache()
    {
        // MSAL renews tokens that expire within 5 minutes; a 1-minute token is therefore never reused.
        _endpoint.ExpiresInSeconds = 60;
        var tokens = Provider(new() { ["MicrosoftAppPassword"] = "local-secret" });

        var first = await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl);
        var second = await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_configured_scope_and_tenant_authority_are_used()
    {
        var tokens = Provider(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a",
            ["MicrosoftAppPassword"] = "local-secret",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.us/.default",
        }, authority: "0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a");

        await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl);

        var (path, form) = Assert.Single(_endpoint.Requests);
        Assert.Equal("/0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a/oauth2/v2.0/token", path);
        Assert.Equal("https://api.botframework.us/.default", form["scope"]);
    }

    [Fact]
    public async Task A_certificate_replaces_the_secret_with_a_signed_client_assertion()
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=CrampBot test app", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pfxPath = Path.Combine(Path.GetTempPath(), $"crampbot-app-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfxPath, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        try
        {
            var tokens = Provider(new()
            {
                ["MicrosoftAppCertificatePath"] = pfxPath,
                ["MicrosoftAppCertificatePassword"] = "pfx-password",
            });

            Assert.Equal("local-access-token-1", await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl));

            var (_, form) = Assert.Single(_endpoint.Requests);
            Assert.False(form.ContainsKey("client_secret"));
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            var assertion = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
            {
                IssuerSigningKey = new X509SecurityKey(X509CertificateLoader.LoadCertificate(certificate.RawData)),
                ValidIssuer = TestTokens.AppId,
                ValidAudience = $"{_endpoint.BaseUrl}/botframework.com/oauth2/v2.0/token",
            });
            Assert.True(assertion.IsValid, assertion.Exception?.Message);
        }
        finally
        {
            File.Delete(pfxPath);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _endpoint.DisposeAsync();
    }

    private IAccessTokenProvider Provider(Dictionary<string, string?> settings, string authority = "botframework.com")
    {
        settings["MicrosoftAppId"] = TestTokens.AppId;
        settings["ToChannelFromBotLoginUrl"] = $"{_endpoint.BaseUrl}/{authority}";
        var provider = AuthenticationServices.Build(settings, _endpoint.Trust);
        _providers.Add(provider);
        var tokens = provider.GetRequiredService<IAccessTokenProvider>();
        Assert.IsType<MsalAccessTokenProvider>(tokens);
        return tokens;
    }
}
