using CrampBot.Channels.Authentication;

namespace CrampBot.Tests.Authentication;

/// <summary>Keys change: a token signed by a key the issuer published after our first fetch passes once the keys are refreshed.</summary>
public sealed class SigningKeyRolloverTests : IAsyncLifetime
{
    private const string Authority = "botframework";
    private readonly TestSigningKey _oldKey = new("2025-key", TestTokens.Teams);
    private readonly TestSigningKey _newKey = new("2026-key", TestTokens.Teams);
    private LocalOpenIdIssuer _issuer = null!;
    private ServiceProvider _services = null!;

    private IBotFrameworkAuthenticator Authenticator => _services.GetRequiredService<IBotFrameworkAuthenticator>();

    public async Task InitializeAsync()
    {
        _issuer = await LocalOpenIdIssuer.StartAsync();
        _issuer.Publish(Authority, BotAuthenticationDefaults.ChannelTokenIssuer, _oldKey);
        _services = AuthenticationServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "not-used-inbound",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl(Authority),
        });
    }

    [Fact]
    public async Task A_key_published_after_the_keys_were_cached_is_accepted_after_a_refresh()
    {
        Assert.True((await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(_oldKey.Credentials()))).Succeeded);
        Assert.True((await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(_oldKey.Credentials()))).Succeeded);
        Assert.Equal(1, _issuer.KeySetRequests(Authority));

        _issuer.Publish(Authority, BotAuthenticationDefaults.ChannelTokenIssuer, _newKey);
        var result = await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(_newKey.Credentials()));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, _issuer.KeySetRequests(Authority));
        Assert.True((await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(_oldKey.Credentials()))).Succeeded);
    }

    [Fact]
    public async Task A_flood_of_unknown_key_ids_does_not_refetch_the_keys_each_time()
    {
        Assert.True((await Authenticator.AuthenticateBearerAsync(TestTokens.Channel(_oldKey.Credentials()))).Succeeded);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var forged = TestTokens.Channel(_newKey.Credentials(claimedKeyId: $"made-up-{attempt}"));
            Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, (await Authenticator.AuthenticateBearerAsync(forged)).Failure);
        }

        // One fetch to warm the cache, at most one forced refresh: ConfigurationManager throttles the rest.
        Assert.InRange(_issuer.KeySetRequests(Authority), 1, 2);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _issuer.DisposeAsync();
        _oldKey.Dispose();
        _newKey.Dispose();
    }
}
