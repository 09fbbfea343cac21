using CrampBot.Channels.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CrampBot.Tests.Authentication;

/// <summary>
/// A user-assigned managed identity through MSAL's App Service source: MSAL finds the identity endpoint in
/// IDENTITY_ENDPOINT/IDENTITY_HEADER, which App Service sets; here they point at a local endpoint.
/// </summary>
[Collection(nameof(ManagedIdentityTokenTests))]
[CollectionDefinition(nameof(ManagedIdentityTokenTests), DisableParallelization = true)]
public sealed class ManagedIdentityTokenTests
{
    [Fact]
    public async Task A_user_assigned_identity_token_is_requested_for_the_bot_framework_resource_and_cached()
    {
        var requests = new List<IQueryCollection>();
        var builder = LoopbackApp.CreateBuilder();
        await using var app = builder.Build();
        app.MapGet("/msi/token", (HttpRequest request) =>
        {
            lock (requests)
            {
                requests.Add(request.Query);
            }

            return request.Headers["X-IDENTITY-HEADER"] == "local-identity-secret"
                ? Results.Text(new JsonObject
                {
                    ["access_token"] = "managed-identity-token",
                    ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(),
                    ["resource"] = request.Query["resource"].ToString(),
                    ["token_type"] = "Bearer",
                }.ToJsonString(), "application/json")
                : Results.Unauthorized();
        });
        await app.StartAsync();

        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", $"{app.Urls.Single().TrimEnd('/')}/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "local-identity-secret");
        try
        {
            await using var services = AuthenticationServices.Build(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppId"] = TestTokens.AppId,
                ["MicrosoftAppTenantId"] = "0b6c2c43-8f1e-4b0c-9c47-5d7a1d2f3e4a",
            });
            var tokens = services.GetRequiredService<IAccessTokenProvider>();

            Assert.Equal("managed-identity-token", await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl));
            Assert.Equal("managed-identity-token", await tokens.GetAccessTokenAsync(TestTokens.ServiceUrl));

            var request = Assert.Single(requests);
            Assert.Equal("https://api.botframework.com", request["resource"].ToString());
            Assert.Equal(TestTokens.AppId, request["client_id"].ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}
