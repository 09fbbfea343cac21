using CrampBot.Channels.Authentication;

namespace CrampBot.Tests.Authentication;

/// <summary>A local Bot Framework channel issuer with a Teams-endorsed key and a key endorsed only for Direct Line.</summary>
public sealed class ChannelIssuerFixture : IAsyncLifetime
{
    public const string Authority = "botframework";

    internal LocalOpenIdIssuer Issuer { get; private set; } = null!;

    internal TestSigningKey TeamsKey { get; } = new("teams-key", TestTokens.Teams, "webchat");

    internal TestSigningKey DirectLineKey { get; } = new("directline-key", "directline");

    /// <summary>Never published: tokens signed with it are forgeries.</summary>
    internal TestSigningKey AttackerKey { get; } = new("attacker-key", TestTokens.Teams);

    internal ServiceProvider Services { get; private set; } = null!;

    internal IBotFrameworkAuthenticator Authenticator => Services.GetRequiredService<IBotFrameworkAuthenticator>();

    public async Task InitializeAsync()
    {
        Issuer = await LocalOpenIdIssuer.StartAsync();
        Issuer.Publish(Authority, BotAuthenticationDefaults.ChannelTokenIssuer, TeamsKey);
        Issuer.Publish(Authority, BotAuthenticationDefaults.ChannelTokenIssuer, DirectLineKey);
        Services = AuthenticationServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "not-used-inbound",
            ["ToBotFromChannelOpenIdMetadataUrl"] = Issuer.MetadataUrl(Authority),
        });
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Issuer.DisposeAsync();
        TeamsKey.Dispose();
        DirectLineKey.Dispose();
        AttackerKey.Dispose();
    }
}
