namespace CrampBot.Channels.Authentication;

/// <summary>Which trusted issuer vouched for a request.</summary>
public enum BotTokenSource
{
    /// <summary>Nobody: authentication is off because no app id is configured.</summary>
    AuthenticationDisabled,

    /// <summary>Azure Bot Service's channel token service (issuer <c>https://api.botframework.com</c>).</summary>
    BotFrameworkChannel,

    /// <summary>The single-tenant bot's own Entra ID tenant.</summary>
    EntraTenant,

    /// <summary>The Bot Framework Emulator (only when its metadata URL is configured).</summary>
    Emulator,
}
