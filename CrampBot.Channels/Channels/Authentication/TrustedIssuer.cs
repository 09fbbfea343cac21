using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CrampBot.Channels.Authentication;

/// <summary>One family of token issuers the bot trusts, with the metadata (and so the keys) that signs their tokens.</summary>
internal sealed record TrustedIssuer(
    BotTokenSource Source,
    IReadOnlyList<string> Issuers,
    ConfigurationManager<OpenIdConnectConfiguration> Metadata)
{
    /// <summary>Azure Bot Service tokens are bound to a channel (key endorsements) and a serviceUrl (claim).</summary>
    public bool IsChannel => Source == BotTokenSource.BotFrameworkChannel;
}
